import type { Agent } from '../../src/domain/agent';
import type { Handoff } from '../../src/domain/handoff';
import type { Stores } from '../../src/ports/stores';
import { freshDatabaseEachCase, type DatabaseUnderTest } from './databaseUnderTest';

export type HandoffStores = Pick<Stores, 'handoffs' | 'agents' | 'agentSessions' | 'audit' | 'feedback' | 'transcripts' | 'close'>;

export type HandoffDatabase = DatabaseUnderTest<HandoffStores>;

const at = new Date('2026-11-30T15:00:00.000Z');

export function waitingHandoff(id: string, conversationId = `conv-${id}`): Handoff {
  return {
    id,
    status: 'waiting',
    createdAt: at,
    offeredUntil: new Date(at.getTime() + 60_000),
    conversation: { channelId: 'directline', conversationId, userId: 'web_member' },
    packet: {
      member: { id: 'M10000004', name: 'Min-jun Park', verified: true },
      language: 'ko',
      interpreter: false,
      channel: 'directline',
      reason: 'asked',
      urgency: 'normal',
      summary: { wanted: ['ride.book'], done: ['identity.verified'], pending: ['bookRide:pickup'] },
      transcript: [{ from: 'member', text: '사람과 이야기하고 싶어요', at }],
      flags: { social: [], accessibility: ['wheelchair'] },
      preferredAgentId: 'cc-jiwoo',
      fallbackQueue: { language: 'ko' },
    },
  };
}

/** The behaviour every adapter of the handoff queue and the console's stores must show (SPEC §9, §12). */
export function describeHandoffQueueContract(name: string, makeDatabase: () => Promise<HandoffDatabase>): void {
  describe(`${name} (handoff queue contract)`, () => {
    let database: HandoffDatabase;
    let stores: HandoffStores;
    freshDatabaseEachCase(makeDatabase, (db, s) => {
      [database, stores] = [db, s];
    });

    it('keeps a waiting handoff whole, found by id and by its conversation, and in the waiting list', async () => {
      const handoff = waitingHandoff('h1');
      await stores.handoffs.open(handoff);
      expect(await stores.handoffs.find('h1')).toEqual(handoff);
      expect(await stores.handoffs.openFor('conv-h1')).toEqual(handoff);
      expect((await stores.handoffs.withStatus('waiting')).map((h) => h.id)).toEqual(['h1']);
    });

    it('keeps one open handoff per conversation: asking again gives the first one', async () => {
      await stores.handoffs.open(waitingHandoff('h1', 'same'));
      const again = await stores.handoffs.open(waitingHandoff('h2', 'same'));
      expect(again.id).toBe('h1');
      expect(await stores.handoffs.find('h2')).toBeUndefined();
    });

    it('gives the handoff to exactly one of ten agents accepting at once from two instances', async () => {
      await stores.handoffs.open(waitingHandoff('h1'));
      const other = await database.connect();
      try {
        const tries = Array.from({ length: 10 }, (_, i) => (i % 2 ? other : stores).handoffs.accept('h1', `agent-${i}`, at));
        const won = (await Promise.all(tries)).filter(Boolean);
        expect(won).toHaveLength(1);
        const taken = await stores.handoffs.find('h1');
        expect(taken?.status).toBe('active');
        expect(taken?.acceptedAt).toEqual(at);
        expect(await stores.handoffs.withStatus('waiting')).toEqual([]);
      } finally {
        await other.close();
      }
    });

    it('adds what the member and the agent say to the transcript, in order', async () => {
      await stores.handoffs.open(waitingHandoff('h1'));
      await stores.handoffs.append('h1', { from: 'agent', text: '안녕하세요, 지우입니다.', at: new Date('2026-11-30T15:01:00Z') });
      await stores.handoffs.append('h1', { from: 'member', text: '감사합니다', at: new Date('2026-11-30T15:02:00Z') });
      const transcript = (await stores.handoffs.find('h1'))?.packet.transcript ?? [];
      expect(transcript.map((l) => [l.from, l.text])).toEqual([['member', '사람과 이야기하고 싶어요'], ['agent', '안녕하세요, 지우입니다.'], ['member', '감사합니다']]);
      expect(transcript[2].at).toEqual(new Date('2026-11-30T15:02:00Z'));
    });

    it('ends a handoff (the conversation may then open a new one), or turns it into a call-back request', async () => {
      await stores.handoffs.open(waitingHandoff('h1', 'c'));
      const ended = await stores.handoffs.close('h1', 'ended', at);
      expect(ended).toMatchObject({ status: 'ended', endedAt: at });
      expect(await stores.handoffs.openFor('c')).toBeUndefined();
      expect((await stores.handoffs.open(waitingHandoff('h2', 'c'))).id).toBe('h2');
      expect((await stores.handoffs.close('h2', 'callback', at)).status).toBe('callback');
      expect(await stores.handoffs.accept('h2', 'agent-1', at)).toBe(false);
    });
    it("lists an agent's own conversations apart from the waiting ones", async () => {
      await stores.handoffs.open(waitingHandoff('h1'));
      await stores.handoffs.open(waitingHandoff('h2'));
      await stores.handoffs.accept('h2', 'cc-jiwoo', at);
      expect((await stores.handoffs.withStatus('active', 'cc-jiwoo')).map((h) => h.id)).toEqual(['h2']);
      expect(await stores.handoffs.withStatus('active', 'cc-ana')).toEqual([]);
      expect((await stores.handoffs.withStatus('waiting')).map((h) => h.id)).toEqual(['h1']);
    });

    it('keeps console accounts with their password hash, and availability changed on its own', async () => {
      const agent: Agent = { id: 'cc-jiwoo', name: 'Ji-woo Kim', consoleLanguage: 'en', languages: ['ko', 'en'], interpreter: false, role: 'agent', available: false };
      await stores.agents.save(agent, '$argon2id$hash');
      expect(await stores.agents.find('cc-jiwoo')).toEqual(agent);
      expect(await stores.agents.passwordHash('cc-jiwoo')).toBe('$argon2id$hash');
      expect(await stores.agents.setAvailable('cc-jiwoo', true)).toEqual({ ...agent, available: true });
      expect((await stores.agents.list()).map((a) => [a.id, a.available])).toEqual([['cc-jiwoo', true]]);
      expect(await stores.agents.find('nobody')).toBeUndefined();
      expect(await stores.agents.setAvailable('nobody', true)).toBeUndefined();
    });

    it('finds a console session until it expires or is deleted, on every instance', async () => {
      const session = { tokenHash: 'hash-1', agentId: 'cc-ana', csrfToken: 'csrf-1', expiresAt: new Date(at.getTime() + 3_600_000) };
      await stores.agentSessions.create(session);
      const other = await database.connect();
      try {
        expect(await other.agentSessions.find('hash-1', at)).toEqual(session);
        expect(await other.agentSessions.countFor('cc-ana', at)).toBe(1);
        expect(await other.agentSessions.countFor('cc-ana', session.expiresAt)).toBe(0);
        expect(await other.agentSessions.find('hash-1', new Date(at.getTime() + 3_600_000))).toBeUndefined();
        await other.agentSessions.delete('hash-1');
        expect(await stores.agentSessions.find('hash-1', at)).toBeUndefined();
      } finally {
        await other.close();
      }
    });

    it('keeps every audit entry and survey answer, in order, optional parts left out', async () => {
      await stores.audit.record({ agentId: 'cc-ana', action: 'handoff.view', handoffId: 'h1', memberId: 'M10000004', at });
      await stores.audit.record({ agentId: 'cc-ana', action: 'signOut', at });
      expect(await stores.audit.list(at)).toEqual([
        { agentId: 'cc-ana', action: 'handoff.view', handoffId: 'h1', memberId: 'M10000004', at },
        { agentId: 'cc-ana', action: 'signOut', at },
      ]);
      await stores.feedback.record({ handoffId: 'h1', channel: 'directline', language: 'ko', reason: 'asked', satisfaction: 5, recommendation: 10, at });
      await stores.feedback.record({ channel: 'sms', language: 'es', satisfaction: 2, at });
      expect(await stores.feedback.list(at)).toEqual([
        { handoffId: 'h1', channel: 'directline', language: 'ko', reason: 'asked', satisfaction: 5, recommendation: 10, at },
        { channel: 'sms', language: 'es', satisfaction: 2, at },
      ]);
      expect(await stores.feedback.list(new Date(at.getTime() + 1))).toEqual([]);
    });
    it("keeps each conversation's last lines, oldest first, for the person who takes it over", async () => {
      const line = (n: number, from: 'member' | 'assistant' = 'member') => ({ from, text: `line ${n} – ${from === 'member' ? '안녕' : 'hola'}`, at: new Date(at.getTime() + n * 1000) });
      for (let n = 1; n <= 30; n += 2) await stores.transcripts.append('conv-a', [line(n), line(n + 1, 'assistant')], 10);
      await stores.transcripts.append('conv-b', [line(100)], 10);
      const other = await database.connect();
      try {
        const last = await stores.transcripts.recent('conv-a', 10);
        expect(last.map((l) => l.text)).toEqual(Array.from({ length: 10 }, (_, i) => line(21 + i, i % 2 ? 'assistant' : 'member').text));
        expect(last[0].at).toEqual(line(21).at);
        expect((await stores.transcripts.recent('conv-b', 10)).map((l) => l.from)).toEqual(['member']);
        expect(await other.transcripts.recent('nobody', 10)).toEqual([]);
      } finally {
        await other.close();
      }
    });
  });
}
