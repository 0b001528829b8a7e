import type { Handoff } from '../../src/domain/handoff';
import type { Stores } from '../../src/ports/stores';

export type HandoffStores = Pick<Stores, 'handoffs' | 'close'>;

/** A database under test; `connect` opens another connection to it, as another instance would. */
export interface HandoffDatabase {
  connect(): Promise<HandoffStores>;
  drop(): Promise<void>;
}

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

/** The behaviour every handoff queue adapter must show (SPEC §9, §12). */
export function describeHandoffQueueContract(name: string, makeDatabase: () => Promise<HandoffDatabase>): void {
  describe(`${name} (handoff queue contract)`, () => {
    let database: HandoffDatabase;
    let stores: HandoffStores;

    beforeEach(async () => {
      database = await makeDatabase();
      stores = await database.connect();
    });

    afterEach(async () => {
      await stores.close();
      await database.drop();
    });

    it('keeps a waiting handoff whole, found by id and by its conversation, and in the waiting list', async () => {
      const handoff = waitingHandoff('h1');
      await stores.handoffs.open(handoff);
      expect(await stores.handoffs.find('h1')).toEqual(handoff);
      expect(await stores.handoffs.openFor('conv-h1')).toEqual(handoff);
      expect((await stores.handoffs.waiting()).map((h) => h.id)).toEqual(['h1']);
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
        expect(await stores.handoffs.waiting()).toEqual([]);
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
  });
}
