import { SlotTakenError } from '../../src/domain/errors';
import type { Stores } from '../../src/ports/stores';
import type { Provider } from '../../src/domain/provider';
import type { RideRequest } from '../../src/domain/ride';
import type { Slot } from '../../src/domain/appointment';
import { freshDatabaseEachCase, type DatabaseUnderTest } from './databaseUnderTest';

export type BookingDatabase = DatabaseUnderTest<BookingStores>;

/** The stores this suite covers, on one connection (or pool). */
export type BookingStores = Pick<Stores, 'providers' | 'appointments' | 'rides' | 'reminders' | 'smsConsent' | 'smsReceipts' | 'close'>;

const provider: Provider = {
  id: 'pc-test',
  name: 'Dr. Test',
  specialty: 'primary_care',
  languages: ['en', 'es'],
  address: { street: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' },
  phone: '217-555-0100',
  wheelchairAccessible: true,
};

const at = (iso: string) => new Date(iso);
const slot = (hhmm: string, day = '2026-12-08'): Slot => ({ id: `pc-test@${day}T${hhmm}`, providerId: provider.id, startsAt: at(`${day}T${hhmm}:00.000Z`), minutes: 30 });
const NOW = at('2026-12-01T12:00:00.000Z');

function rideRequest(overrides: Partial<RideRequest> = {}): RideRequest {
  return {
    memberId: 'M10000001',
    pickup: { street: '479 Harvest Moon Ln', city: 'Springfield', state: 'IL', zip: '62704' },
    destination: provider.address,
    destinationName: provider.name,
    visitAt: at('2026-12-08T16:00:00.000Z'),
    pickupAt: at('2026-12-08T15:00:00.000Z'),
    mobility: 'wheelchair',
    escort: false,
    trip: 'roundTrip',
    miles: 4.2,
    requestKey: 'ride-request-0001',
    ...overrides,
  };
}

/** The behaviour every adapter of the booking stores must show (SPEC §7, §8, §12). */
export function describeBookingStoresContract(name: string, makeDatabase: () => Promise<BookingDatabase>): void {
  describe(`${name} (booking stores contract)`, () => {
    let database: BookingDatabase;
    let stores: BookingStores;
    freshDatabaseEachCase(makeDatabase, async (db, s) => {
      [database, stores] = [db, s];
      await stores.providers.save([provider]);
      await stores.appointments.addSlots([slot('15:00'), slot('15:30'), slot('16:00')]);
    });

    describe('providers', () => {
      it('finds a provider by id and by specialty, with every field kept', async () => {
        expect(await stores.providers.find('pc-test')).toEqual(provider);
        expect(await stores.providers.bySpecialty('primary_care')).toEqual([provider]);
        expect(await stores.providers.bySpecialty('cardiology')).toEqual([]);
      });
    });

    describe('slots and appointments', () => {
      it('adds a slot only once, however often the schedule is loaded', async () => {
        expect(await stores.appointments.addSlots([slot('15:00'), slot('16:30')])).toBe(1);
      });

      it('offers open slots in time order within the asked window', async () => {
        const open = await stores.appointments.openSlots({ providerIds: ['pc-test'], from: at('2026-12-08T15:10:00Z'), to: at('2026-12-09T00:00:00Z'), limit: 5 });
        expect(open.map((s) => s.id)).toEqual([slot('15:30').id, slot('16:00').id]);
      });

      it('books a slot with a confirmation number and no longer offers it', async () => {
        const booked = await stores.appointments.book({ memberId: 'M10000001', slotId: slot('15:00').id, requestKey: 'key-1' }, NOW);
        expect(booked).toMatchObject({ memberId: 'M10000001', providerId: 'pc-test', status: 'booked', startsAt: slot('15:00').startsAt });
        expect(booked.confirmation).toMatch(/^A[0-9A-Z]{6}$/);
        const open = await stores.appointments.openSlots({ providerIds: ['pc-test'], from: NOW, to: at('2026-12-09T00:00:00Z'), limit: 5 });
        expect(open.map((s) => s.id)).not.toContain(slot('15:00').id);
        expect(await stores.appointments.upcoming('M10000001', NOW)).toEqual([booked]);
      });

      it('gives the same confirmation when the same booking request is retried', async () => {
        const first = await stores.appointments.book({ memberId: 'M10000001', slotId: slot('15:00').id, requestKey: 'key-1' }, NOW);
        const again = await stores.appointments.book({ memberId: 'M10000001', slotId: slot('15:00').id, requestKey: 'key-1' }, NOW);
        expect(again.confirmation).toBe(first.confirmation);
        expect(await stores.appointments.upcoming('M10000001', NOW)).toHaveLength(1);
      });

      it('refuses a slot someone else booked first', async () => {
        await stores.appointments.book({ memberId: 'M10000001', slotId: slot('15:00').id, requestKey: 'key-1' }, NOW);
        await expect(stores.appointments.book({ memberId: 'M10000002', slotId: slot('15:00').id, requestKey: 'key-2' }, NOW)).rejects.toBeInstanceOf(SlotTakenError);
      });

      it('gives exactly one of 50 members racing from 5 connections the last slot', async () => {
        const connections = [stores, ...(await Promise.all([1, 2, 3, 4].map(() => database.connect())))];
        try {
          const attempts = Array.from({ length: 50 }, (_, i) =>
            connections[i % connections.length].appointments.book({ memberId: `M2000${String(i).padStart(4, '0')}`, slotId: slot('16:00').id, requestKey: `race-${i}` }, NOW),
          );
          const results = await Promise.allSettled(attempts);
          const won = results.filter((r) => r.status === 'fulfilled');
          const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(49);
          for (const failure of lost) expect(failure.reason).toBeInstanceOf(SlotTakenError);
          const booked = await stores.appointments.startingBetween(at('2026-12-08T00:00:00Z'), at('2026-12-09T00:00:00Z'));
          expect(booked).toHaveLength(1);
        } finally {
          await Promise.all(connections.slice(1).map((c) => c.close()));
        }
      });

      it('opens the slot again when the visit is cancelled, and cancelling twice changes nothing', async () => {
        const booked = await stores.appointments.book({ memberId: 'M10000001', slotId: slot('15:00').id, requestKey: 'key-1' }, NOW);
        expect((await stores.appointments.cancel('M10000001', booked.confirmation, NOW)).status).toBe('cancelled');
        expect((await stores.appointments.cancel('M10000001', booked.confirmation, NOW)).status).toBe('cancelled');
        const rebooked = await stores.appointments.book({ memberId: 'M10000002', slotId: slot('15:00').id, requestKey: 'key-2' }, NOW);
        expect(rebooked.status).toBe('booked');
      });

      it("does not let a member cancel another member's visit", async () => {
        const booked = await stores.appointments.book({ memberId: 'M10000001', slotId: slot('15:00').id, requestKey: 'key-1' }, NOW);
        await expect(stores.appointments.cancel('M10000002', booked.confirmation, NOW)).rejects.toThrow(/not found/);
        expect((await stores.appointments.find(booked.confirmation))?.status).toBe('booked');
      });

      it('moves a visit in one step, and keeps the old one when the new time is taken', async () => {
        const first = await stores.appointments.book({ memberId: 'M10000001', slotId: slot('15:00').id, requestKey: 'key-1' }, NOW);
        await stores.appointments.book({ memberId: 'M10000002', slotId: slot('16:00').id, requestKey: 'key-2' }, NOW);
        await expect(
          stores.appointments.book({ memberId: 'M10000001', slotId: slot('16:00').id, requestKey: 'key-3', replaces: first.confirmation }, NOW),
        ).rejects.toBeInstanceOf(SlotTakenError);
        expect((await stores.appointments.find(first.confirmation))?.status).toBe('booked');
        const moved = await stores.appointments.book({ memberId: 'M10000001', slotId: slot('15:30').id, requestKey: 'key-4', replaces: first.confirmation }, NOW);
        expect((await stores.appointments.find(first.confirmation))?.status).toBe('cancelled');
        expect(await stores.appointments.upcoming('M10000001', NOW)).toEqual([moved]);
      });
    });

    describe('rides', () => {
      it('books a ride once however often the request is retried', async () => {
        const first = await stores.rides.book(rideRequest(), NOW);
        const again = await stores.rides.book(rideRequest(), NOW);
        expect(first.confirmation).toMatch(/^R[0-9A-Z]{6}$/);
        expect(again).toEqual(first);
        expect(await stores.rides.upcoming('M10000001', NOW)).toEqual([first]);
      });

      it('counts a trip there and back as two rides of the year, and a cancelled ride as none', async () => {
        const year = [at('2026-01-01T06:00:00Z'), at('2027-01-01T06:00:00Z')] as const;
        const roundTrip = await stores.rides.book(rideRequest(), NOW);
        await stores.rides.book(rideRequest({ requestKey: 'ride-request-0002', trip: 'oneWay' }), NOW);
        expect(await stores.rides.legsBetween('M10000001', ...year)).toBe(3);
        await stores.rides.cancel('M10000001', roundTrip.confirmation);
        expect(await stores.rides.legsBetween('M10000001', ...year)).toBe(1);
        expect(await stores.rides.legsBetween('M10000002', ...year)).toBe(0);
      });

      it('keeps the status the transport company reports', async () => {
        const ride = await stores.rides.book(rideRequest(), NOW);
        expect((await stores.rides.setStatus(ride.confirmation, 'onTheWay')).status).toBe('onTheWay');
        expect((await stores.rides.find(ride.confirmation))?.status).toBe('onTheWay');
      });

      it('finds the rides picking up on a day, for reminders', async () => {
        const ride = await stores.rides.book(rideRequest(), NOW);
        expect(await stores.rides.startingBetween(at('2026-12-08T06:00:00Z'), at('2026-12-09T06:00:00Z'))).toEqual([ride]);
        expect(await stores.rides.startingBetween(at('2026-12-09T06:00:00Z'), at('2026-12-10T06:00:00Z'))).toEqual([]);
      });
    });

    describe('reminders and consent', () => {
      it('lets a reminder be claimed once only, also from another connection', async () => {
        const other = await database.connect();
        try {
          expect(await stores.reminders.claim('M10000001:2026-12-07', 'M10000001', NOW)).toBe(true);
          expect(await other.reminders.claim('M10000001:2026-12-07', 'M10000001', NOW)).toBe(false);
          expect(await stores.reminders.sentSince('M10000001', at('2026-11-30T00:00:00Z'))).toBe(1);
          expect(await stores.reminders.sentSince('M10000001', at('2026-12-02T00:00:00Z'))).toBe(0);
        } finally {
          await other.close();
        }
      });

      it('keeps the answer to a text message by its MessageSid, once', async () => {
        expect(await stores.smsReceipts.answerTo('SM0001')).toBeUndefined();
        await stores.smsReceipts.remember('SM0001', '<Response/>', NOW);
        await stores.smsReceipts.remember('SM0001', '<Response>other</Response>', NOW);
        expect(await stores.smsReceipts.answerTo('SM0001')).toBe('<Response/>');
      });

      it('remembers STOP until START', async () => {
        await stores.smsConsent.optOut('+15555550101', NOW);
        expect(await stores.smsConsent.isOptedOut('+15555550101')).toBe(true);
        expect(await stores.smsConsent.isOptedOut('+15555550102')).toBe(false);
        await stores.smsConsent.optIn('+15555550101', NOW);
        expect(await stores.smsConsent.isOptedOut('+15555550101')).toBe(false);
      });
    });
  });
}
