import type { Activity } from 'botbuilder';
import type { Stores } from '../../src/ports/stores';
import type { Member } from '../../src/domain/member';
import type { Outcome } from '../../src/domain/outcome';
import { freshDatabaseEachCase, type DatabaseUnderTest } from './databaseUnderTest';

export type CoreDatabase = DatabaseUnderTest<CoreStores>;

/** The stores this suite covers, on one connection (or pool). */
export type CoreStores = Pick<Stores, 'members' | 'attempts' | 'outcomes' | 'secrets' | 'directLine' | 'close'>;

const at = (iso: string) => new Date(iso);
const NOW = at('2026-12-01T12:00:00.000Z');
const LOCK_UNTIL = at('2026-12-01T12:15:00.000Z');

function member(overrides: Partial<Member> = {}): Member {
  return {
    id: 'M10000001',
    firstName: 'Rosa',
    lastName: 'Martínez',
    birthDate: '1950-04-02',
    phone: '+15555550101',
    language: 'es',
    address: { street: '479 Harvest Moon Ln', city: 'Springfield', state: 'IL', zip: '62704' },
    mobility: 'walker',
    hasCar: false,
    needsInterpreter: true,
    enrolledIn: ['medicaid'],
    otcSpentThisQuarter: 12.5,
    ridesUsedThisYear: 3,
    ...overrides,
  };
}

function outcome(type: Outcome['type'], iso: string, detail?: string): Outcome {
  return { type, channel: 'webchat', language: 'en', at: at(iso), ...(detail ? { detail } : {}) };
}

/** The behaviour every adapter of the core stores must show: members, identity checks, outcomes, secrets, Direct Line. */
export function describeCoreStoresContract(name: string, makeDatabase: () => Promise<CoreDatabase>): void {
  describe(`${name} (core stores contract)`, () => {
    let database: CoreDatabase;
    let stores: CoreStores;
    freshDatabaseEachCase(makeDatabase, (db, s) => {
      [database, stores] = [db, s];
    });

    /** Runs `use` with a second connection to the same database, as another instance would hold. */
    async function withOther<T>(use: (other: CoreStores) => Promise<T>): Promise<T> {
      const other = await database.connect();
      try {
        return await use(other);
      } finally {
        await other.close();
      }
    }

    describe('members', () => {
      it('finds a saved member by id and by phone, with every field kept', async () => {
        const rosa = member();
        await stores.members.save([rosa, member({ id: 'M10000002', phone: undefined, firstName: 'Li' })]);

        expect(await stores.members.findById('M10000001')).toEqual(rosa);
        expect(await stores.members.findByPhone('+15555550101')).toEqual(rosa);
        expect(await stores.members.count()).toBe(2);
      });

      it('finds nobody for an unknown id or phone', async () => {
        await stores.members.save([member()]);

        expect(await stores.members.findById('M99999999')).toBeUndefined();
        expect(await stores.members.findByPhone('+15555550199')).toBeUndefined();
      });

      it('replaces a member saved again, phone included', async () => {
        await stores.members.save([member()]);

        await stores.members.save([member({ phone: '+15555550102', ridesUsedThisYear: 4 })]);

        expect(await stores.members.count()).toBe(1);
        expect(await stores.members.findByPhone('+15555550101')).toBeUndefined();
        expect(await stores.members.findByPhone('+15555550102')).toMatchObject({ id: 'M10000001', ridesUsedThisYear: 4 });
      });
    });

    describe('identity checks', () => {
      it('knows no failures for a subject never checked', async () => {
        expect(await stores.attempts.get('M10000001')).toEqual({ failures: 0 });
      });

      it('counts failures and locks the subject when they reach the limit', async () => {
        expect(await stores.attempts.recordFailure('M10000001', NOW, 3, LOCK_UNTIL)).toEqual({ failures: 1 });
        expect(await stores.attempts.recordFailure('M10000001', NOW, 3, LOCK_UNTIL)).toEqual({ failures: 2 });

        expect(await stores.attempts.recordFailure('M10000001', NOW, 3, LOCK_UNTIL)).toEqual({ failures: 3, lockedUntil: LOCK_UNTIL });
        expect(await stores.attempts.get('M10000001')).toEqual({ failures: 3, lockedUntil: LOCK_UNTIL });
        expect(await stores.attempts.get('M10000002')).toEqual({ failures: 0 });
      });

      it('starts counting again once the lock has expired', async () => {
        for (let i = 0; i < 3; i++) await stores.attempts.recordFailure('M10000001', NOW, 3, LOCK_UNTIL);

        const later = at('2026-12-01T12:20:00.000Z');
        const record = await stores.attempts.recordFailure('M10000001', later, 3, at('2026-12-01T12:35:00.000Z'));

        expect(record).toEqual({ failures: 1 });
        expect(await stores.attempts.get('M10000001')).toEqual({ failures: 1 });
      });

      it('forgets the failures and the lock when cleared', async () => {
        for (let i = 0; i < 3; i++) await stores.attempts.recordFailure('M10000001', NOW, 3, LOCK_UNTIL);

        await stores.attempts.clear('M10000001');

        expect(await stores.attempts.get('M10000001')).toEqual({ failures: 0 });
      });

      it('counts every failure recorded at once from two instances', async () => {
        await withOther(async (other) => {
          const all = Array.from({ length: 10 }, (_, i) => (i % 2 ? other : stores).attempts.recordFailure('M10000001', NOW, 10, LOCK_UNTIL));
          const records = await Promise.all(all);

          expect(records.map((r) => r.failures).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
          expect(await stores.attempts.get('M10000001')).toEqual({ failures: 10, lockedUntil: LOCK_UNTIL });
        });
      });
    });

    describe('outcomes', () => {
      it('lists the outcomes since a time, in the order they were recorded', async () => {
        await stores.outcomes.record(outcome('benefit.answered', '2026-11-30T09:00:00.000Z', 'dental'));
        const kept = [
          outcome('ride.booked', '2026-12-01T10:00:00.000Z'),
          outcome('identity.verified', '2026-12-01T09:00:00.000Z'),
          outcome('benefit.answered', '2026-12-01T12:00:00.000Z', 'vision'),
        ];
        for (const o of kept) await stores.outcomes.record(o);

        expect(await stores.outcomes.list(at('2026-12-01T00:00:00.000Z'))).toEqual(kept);
      });

      it('includes an outcome recorded exactly at the start of the window', async () => {
        await stores.outcomes.record(outcome('balance.shown', '2026-12-01T00:00:00.000Z'));

        expect(await stores.outcomes.list(at('2026-12-01T00:00:00.000Z'))).toHaveLength(1);
        expect(await stores.outcomes.list(at('2026-12-01T00:00:00.001Z'))).toEqual([]);
      });
    });

    describe('secrets', () => {
      it('generates a secret once and gives it back afterwards', async () => {
        expect(await stores.secrets.getOrCreate('directLine', () => 'first')).toBe('first');

        expect(await stores.secrets.getOrCreate('directLine', () => 'second')).toBe('first');
        expect(await stores.secrets.getOrCreate('other', () => 'third')).toBe('third');
      });

      it('gives two instances starting at once the same secret', async () => {
        await withOther(async (other) => {
          const racing = Array.from({ length: 10 }, (_, i) => (i % 2 ? other : stores).secrets.getOrCreate('directLine', () => `from-${i}`));
          const values = new Set(await Promise.all(racing));

          expect(values.size).toBe(1);
          expect(await stores.secrets.getOrCreate('directLine', () => 'late')).toBe([...values][0]);
        });
      });
    });

    describe('Direct Line', () => {
      const conversation = { id: 'conv-1', userId: 'dl_user-1', locale: 'es-US', createdAt: NOW };
      const message = (text: string): Partial<Activity> => ({ type: 'message', text, from: { id: 'dl_user-1', name: '' } });

      beforeEach(async () => {
        await stores.directLine.createConversation(conversation);
      });

      it('gets a conversation back as it was created, and nothing for an unknown id', async () => {
        await stores.directLine.createConversation({ id: 'conv-2', userId: 'dl_user-2', createdAt: NOW });

        expect(await stores.directLine.getConversation('conv-1')).toEqual(conversation);
        expect(await stores.directLine.getConversation('conv-2')).toEqual({ id: 'conv-2', userId: 'dl_user-2', createdAt: NOW });
        expect(await stores.directLine.getConversation('unknown')).toBeUndefined();
      });

      it('keeps a message with a NUL character in it (broken or hostile input), the rest of its text intact', async () => {
        await stores.directLine.appendActivity('conv-1', { ...message('before\u0000after'), channelData: { note: 'x\u0000y' } });
        const [stored] = (await stores.directLine.activitiesAfter('conv-1', 0, 10)).activities;
        expect(stored.text).toMatch(/^before.after$/u);
      });

      it('numbers activities 1, 2, 3 in each conversation and gives each its id', async () => {
        await stores.directLine.createConversation({ id: 'conv-2', userId: 'dl_user-2', createdAt: NOW });

        const first = await stores.directLine.appendActivity('conv-1', message('hola'));
        const second = await stores.directLine.appendActivity('conv-1', message('ayuda'));
        const elsewhere = await stores.directLine.appendActivity('conv-2', message('hi'));
        const third = await stores.directLine.appendActivity('conv-1', message('gracias'));

        expect([first, second, third].map((s) => s.watermark)).toEqual([1, 2, 3]);
        expect(elsewhere.watermark).toBe(1);
        expect(first.activity).toMatchObject({ id: 'conv-1|0000001', text: 'hola' });
        expect(third.activity.id).toBe('conv-1|0000003');
        expect(elsewhere.activity.id).toBe('conv-2|0000001');
      });

      it('refuses an activity for an unknown conversation', async () => {
        await expect(stores.directLine.appendActivity('unknown', message('hi'))).rejects.toThrow(/unknown/);
      });

      it('pages exactly from a watermark, with the stored activities intact', async () => {
        const stored = [];
        for (const text of ['a', 'b', 'c', 'd', 'e']) stored.push((await stores.directLine.appendActivity('conv-1', message(text))).activity);

        const page1 = await stores.directLine.activitiesAfter('conv-1', 0, 2);
        const page2 = await stores.directLine.activitiesAfter('conv-1', Number(page1.watermark), 2);
        const page3 = await stores.directLine.activitiesAfter('conv-1', Number(page2.watermark), 2);
        const empty = await stores.directLine.activitiesAfter('conv-1', Number(page3.watermark), 2);

        expect(page1).toEqual({ activities: stored.slice(0, 2), watermark: '2' });
        expect(page2).toEqual({ activities: stored.slice(2, 4), watermark: '4' });
        expect(page3).toEqual({ activities: stored.slice(4), watermark: '5' });
        expect(empty).toEqual({ activities: [], watermark: '5' });
      });

      it('numbers activities appended at once from two instances without gaps or repeats', async () => {
        await withOther(async (other) => {
          const appends = Array.from({ length: 20 }, (_, i) => (i % 2 ? other : stores).directLine.appendActivity('conv-1', message(`m${i}`)));
          const results = await Promise.all(appends);

          const numbers = results.map((r) => r.watermark).sort((a, b) => a - b);
          expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
          const page = await other.directLine.activitiesAfter('conv-1', 0, 100);
          expect(page.watermark).toBe('20');
          expect(page.activities.map((a) => a.text).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`).sort());
          expect(page.activities.map((a) => a.id)).toEqual(numbers.map((n) => `conv-1|${String(n).padStart(7, '0')}`));
        });
      });
    });
  });
}
