import type { Agent } from '../../../src/domain/agent';
import type { Handoff } from '../../../src/domain/handoff';
import { COORDINATOR_WINDOW_MS, expectedWaitMinutes, mayTake, offerWindow, placeInLine } from '../../../src/handoff/routing';

const now = new Date('2026-11-30T15:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

const agent = (id: string, languages: Agent['languages'], extra: Partial<Agent> = {}): Agent => ({
  id, name: id, consoleLanguage: 'en', languages, interpreter: false, role: 'agent', available: true, ...extra,
});

const handoff = (id: string, extra: Partial<Handoff> = {}, packet: Partial<Handoff['packet']> = {}): Handoff => ({
  id,
  status: 'waiting',
  createdAt: now,
  conversation: { channelId: 'directline', conversationId: `c-${id}`, userId: 'u' },
  packet: {
    member: { id: 'M10000004', name: 'Min-jun', verified: true },
    language: 'ko',
    interpreter: false,
    channel: 'directline',
    reason: 'asked',
    urgency: 'normal',
    summary: { wanted: [], done: [], pending: [] },
    transcript: [],
    flags: { social: [], accessibility: [] },
    preferredAgentId: 'cc-jiwoo',
    fallbackQueue: { language: 'ko' },
    ...packet,
  },
  ...extra,
});

describe('handoff routing', () => {
  const coordinator = agent('cc-jiwoo', ['ko', 'en']);
  const koreanAgent = agent('ag-kim', ['ko']);
  const englishAgent = agent('ag-sam', ['en']);
  const interpreter = agent('ag-pat', ['en'], { interpreter: true });
  const team = [coordinator, koreanAgent, englishAgent, interpreter];

  it("offers a new handoff to the member's available care coordinator alone for 60 seconds", () => {
    const h = handoff('1', { offeredUntil: offerWindow(coordinator, now) });
    expect(mayTake(coordinator, h, later(1000), team)).toBe(true);
    expect(mayTake(koreanAgent, h, later(COORDINATOR_WINDOW_MS - 1), team)).toBe(false);
  });

  it("gives it to an agent who speaks the member's language once the coordinator's minute is over", () => {
    const h = handoff('1', { offeredUntil: offerWindow(coordinator, now) });
    expect(mayTake(koreanAgent, h, later(COORDINATOR_WINDOW_MS + 1), team)).toBe(true);
    expect(mayTake(coordinator, h, later(COORDINATOR_WINDOW_MS + 1), team)).toBe(true);
  });

  it('skips the window when the coordinator is not available', () => {
    expect(offerWindow({ ...coordinator, available: false }, now)).toBeUndefined();
    expect(mayTake(koreanAgent, handoff('1'), now, team)).toBe(true);
  });

  it('lets an agent with the interpreter flag take a language only while no one available speaks it, and no one else ever', () => {
    expect(mayTake(interpreter, handoff('1'), now, team)).toBe(false);
    expect(mayTake(interpreter, handoff('1'), now, [{ ...koreanAgent, available: false }, interpreter])).toBe(true);
    expect(mayTake(englishAgent, handoff('1'), now, [englishAgent])).toBe(false);
  });

  it('never gives an agent who is away or a handoff already taken', () => {
    expect(mayTake({ ...koreanAgent, available: false }, handoff('1'), now, team)).toBe(false);
    expect(mayTake(koreanAgent, handoff('1', { status: 'active', agentId: 'cc-jiwoo' }), now, team)).toBe(false);
  });

  it('puts urgent members first, then the longest waiting, and tells a wait of at least a minute', () => {
    const first = handoff('a', { createdAt: now });
    const second = handoff('b', { createdAt: later(1000) });
    const urgent = handoff('c', { createdAt: later(2000) }, { urgency: 'urgent' });
    expect([first, second, urgent].map((h) => placeInLine(h, [second, urgent, first]))).toEqual([2, 3, 1]);
    expect(expectedWaitMinutes(3, 2, 5)).toBe(8);
    expect(expectedWaitMinutes(1, 10, 5)).toBe(1);
    expect(expectedWaitMinutes(2, 0, 5)).toBe(10);
  });
});
