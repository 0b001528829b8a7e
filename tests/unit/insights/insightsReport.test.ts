import { insightsReport, type InsightsData } from '../../../src/insights/insightsReport';
import type { Outcome } from '../../../src/domain/outcome';
import type { Handoff } from '../../../src/domain/handoff';
import { waitingHandoff } from '../../contracts/handoffQueueContract';

const at = (iso: string) => new Date(iso);
const event = (type: Outcome['type'], conversationId: string, when: string, extra: Partial<Outcome> = {}): Outcome => ({
  type, conversationId, at: at(when), channel: 'sms', language: 'ht', ...extra,
});
const accepted = (id: string, created: string, acceptedAt: string): Handoff => ({ ...waitingHandoff(id), status: 'ended', createdAt: at(created), acceptedAt: at(acceptedAt) });

/** Three days in Springfield (UTC-6): five conversations, two handed to a person, one not resolved at all. */
const data: InsightsData = {
  outcomes: [
    event('conversation.started', 'a', '2026-11-30T15:00:00Z'),
    event('ride.booked', 'a', '2026-11-30T15:05:00Z', { detail: 'walks' }),
    event('need.screened', 'a', '2026-11-30T15:06:00Z', { detail: 'food' }),
    event('need.referred', 'a', '2026-11-30T15:06:00Z', { detail: 'food' }),
    event('conversation.started', 'b', '2026-11-30T16:00:00Z', { channel: 'directline', language: 'ko' }),
    event('handoff.requested', 'b', '2026-11-30T16:01:00Z', { channel: 'directline', language: 'ko', detail: 'asked' }),
    event('conversation.started', 'c', '2026-12-01T05:30:00Z', { channel: 'directline', language: 'en' }), // 11:30 PM on 30 November
    event('benefit.answered', 'c', '2026-12-01T05:31:00Z', { channel: 'directline', language: 'en', detail: 'dental' }),
    event('conversation.started', 'd', '2026-12-01T17:00:00Z', { channel: 'voice', language: 'es' }),
    event('appointment.booked', 'd', '2026-12-01T17:02:00Z', { channel: 'voice', language: 'es' }),
    event('handoff.requested', 'd', '2026-12-01T17:03:00Z', { channel: 'voice', language: 'es', detail: 'bookingFailed' }),
    event('conversation.started', 'e', '2026-12-02T18:00:00Z', { channel: 'directline', language: 'en' }),
    event('conversation.started', 'old', '2026-11-20T18:00:00Z'),
    event('ride.booked', 'old', '2026-11-20T18:01:00Z'),
  ],
  feedback: [
    { channel: 'directline', language: 'ko', reason: 'asked', satisfaction: 5, recommendation: 10, at: at('2026-11-30T16:20:00Z') },
    { channel: 'voice', language: 'es', reason: 'bookingFailed', satisfaction: 2, recommendation: 3, at: at('2026-12-01T17:30:00Z') },
    { channel: 'directline', language: 'ko', satisfaction: 4, at: at('2026-12-02T16:20:00Z') },
  ],
  handoffs: [accepted('h1', '2026-11-30T16:01:00Z', '2026-11-30T16:03:00Z'), accepted('h2', '2026-12-01T17:03:00Z', '2026-12-01T17:13:00Z')],
  notUnderstood: [
    { text: 'blorp', language: 'en', channel: 'directline', at: at('2026-11-30T15:00:00Z') },
    { text: 'mwen pa konprann', language: 'ht', channel: 'sms', at: at('2026-12-01T15:00:00Z') },
    { text: 'zzz', language: 'ht', channel: 'sms', at: at('2026-12-02T15:00:00Z') },
  ],
};

describe('the insights numbers, on a known data set', () => {
  const report = insightsReport(data, { from: '2026-11-30', to: '2026-12-02', timeZone: 'America/Chicago' });

  it('counts conversations per local day, and which the assistant resolved and which went to a person', () => {
    expect(report.days).toEqual([
      { day: '2026-11-30', conversations: 3, resolved: 2, handedOff: 1 },
      { day: '2026-12-01', conversations: 1, resolved: 0, handedOff: 1 },
      { day: '2026-12-02', conversations: 1, resolved: 0, handedOff: 0 },
    ]);
    expect([report.conversations, report.resolved, report.handedOff]).toEqual([5, 2, 2]);
  });

  it('counts outcomes, handoff reasons, referrals and languages in the period only', () => {
    expect(report.outcomes).toEqual({
      'ride.booked': 1, 'need.screened': 1, 'need.referred': 1, 'handoff.requested': 2, 'benefit.answered': 1, 'appointment.booked': 1,
    });
    expect(report.handoffReasons).toEqual({ asked: 1, bookingFailed: 1 });
    expect(report.referrals).toEqual({ food: 1 });
    expect(report.languages).toEqual({ ht: 1, ko: 1, en: 2, es: 1 });
  });

  it('averages satisfaction and works out the recommendation score by language and by channel', () => {
    expect(report.satisfactionByLanguage).toEqual([
      { key: 'ko', answers: 2, satisfaction: 4.5, nps: 100 },
      { key: 'es', answers: 1, satisfaction: 2, nps: -100 },
    ]);
    expect(report.satisfactionByChannel).toEqual([
      { key: 'directline', answers: 2, satisfaction: 4.5, nps: 100 },
      { key: 'voice', answers: 1, satisfaction: 2, nps: -100 },
    ]);
  });

  it('tells how long members waited for a person, and which languages the assistant did not understand', () => {
    expect(report.timeToPerson).toEqual({ accepted: 2, medianMinutes: 2, p90Minutes: 10 });
    expect(report.notUnderstoodByLanguage).toEqual({ en: 1, ht: 2 });
  });

  it('leaves every figure empty, not wrong, for a period with nothing in it', () => {
    const empty = insightsReport(data, { from: '2025-01-01', to: '2025-01-01', timeZone: 'America/Chicago' });
    expect(empty).toMatchObject({ conversations: 0, resolved: 0, handedOff: 0, outcomes: {}, satisfactionByLanguage: [], timeToPerson: { accepted: 0 } });
    expect(empty.timeToPerson.medianMinutes).toBeUndefined();
  });
});
