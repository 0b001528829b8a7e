import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStores } from '../../src/adapters/sqlite/sqliteStores';
import type { Stores } from '../../src/ports/stores';
import { createBotHarness, memberJoins, say, texts } from '../helpers/botHarness';
import { confirmationIn } from '../helpers/confirmation';
import { FixedClock } from '../helpers/fixedClock';

jest.setTimeout(30_000);

/** The process ends here: nothing after this point happens (no reply, no state saved). */
class ProcessDied extends Error {}

/**
 * The stores of a process that dies right after the booking is committed: the booking call
 * returns to nobody, and every later write of that process is lost with it.
 */
function dyingAfter(stores: Stores, port: 'appointments' | 'rides'): Stores {
  let dead = false;
  const afterDeath = <T extends object>(target: T, dieOn?: string): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          if (dead) throw new ProcessDied();
          const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
          if (prop === dieOn) {
            dead = true;
            throw new ProcessDied();
          }
          return result;
        };
      },
    });
  return { ...stores, state: afterDeath(stores.state), [port]: afterDeath(stores[port], 'book') };
}

describe('a crash between "yes, book it" and the reply', () => {
  let dir: string;
  let path: string;
  const clock = () => new FixedClock('2026-11-30T15:00:00.000Z');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'carebridge-crash-'));
    path = join(dir, 'carebridge.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the visit booked once: the retried "yes" after the restart gets the same confirmation', async () => {
    const before = await createBotHarness('directline', { stores: dyingAfter(openSqliteStores(path), 'appointments'), clock: clock() });
    await memberJoins(before.adapter, { locale: 'en', channelData: { languagePicked: true } });
    for (const text of ['I need to see my doctor next week', 'M10000001', '3/4/1950', '1']) await say(before.adapter, text);
    const lost = texts(await say(before.adapter, 'yes'));
    expect(lost).not.toContain(before.t('en', 'appointments:booked'));

    const stores = openSqliteStores(path);
    const after = await createBotHarness('directline', { stores, clock: clock() });
    const booked = [...(await stores.appointments.upcoming('M10000001', new Date('2026-11-30T00:00:00Z')))];
    expect(booked).toHaveLength(1);
    const replies = texts(await say(after.adapter, 'yes'));
    expect(replies).toContain(after.t('en', 'appointments:booked'));
    expect(confirmationIn(replies, 'A')).toBe(booked[0].confirmation);
    expect(await stores.appointments.upcoming('M10000001', new Date('2026-11-30T00:00:00Z'))).toHaveLength(1);
    await stores.close();
  });

  it('keeps the ride booked once: the retried "yes" after the restart gets the same confirmation', async () => {
    const seed = openSqliteStores(path);
    const seeded = await createBotHarness('directline', { stores: seed, clock: clock() });
    const [slot] = await seed.appointments.openSlots({ providerIds: ['pc-miller'], from: new Date('2026-12-08T06:00:00Z'), to: new Date('2026-12-09T06:00:00Z'), limit: 1 });
    await seed.appointments.book({ memberId: 'M10000001', slotId: slot.id, requestKey: 'seeded-visit' }, seeded.clock.now());

    const before = await createBotHarness('directline', { stores: dyingAfter(openSqliteStores(path), 'rides'), clock: clock() });
    await memberJoins(before.adapter, { locale: 'en', channelData: { languagePicked: true } });
    for (const text of ['I need a ride', 'M10000001', '3/4/1950', '1', '1', '1', '2', '1']) await say(before.adapter, text);
    expect(texts(await say(before.adapter, 'yes'))).not.toContain(before.t('en', 'rides:booked'));

    const after = await createBotHarness('directline', { stores: openSqliteStores(path), clock: clock() });
    const replies = texts(await say(after.adapter, 'yes'));
    expect(replies).toContain(after.t('en', 'rides:booked'));
    const rides = await seed.rides.upcoming('M10000001', new Date('2026-11-30T00:00:00Z'));
    expect(rides).toHaveLength(1);
    expect(confirmationIn(replies, 'R')).toBe(rides[0].confirmation);
    await seed.close();
  });
});
