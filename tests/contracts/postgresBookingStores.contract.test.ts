import { openPostgres } from '../../src/adapters/postgres/openPostgres';
import { PostgresProviderDirectory } from '../../src/adapters/postgres/postgresProviderDirectory';
import { PostgresAppointmentStore } from '../../src/adapters/postgres/postgresAppointmentStore';
import { PostgresRideStore } from '../../src/adapters/postgres/postgresRideStore';
import { PostgresReminderLog } from '../../src/adapters/postgres/postgresReminderLog';
import { PostgresSmsConsent } from '../../src/adapters/postgres/postgresSmsConsent';
import { PostgresSmsReceipts } from '../../src/adapters/postgres/postgresSmsReceipts';
import { freshSchema } from '../helpers/postgres';
import { describeBookingStoresContract, type BookingStores } from './bookingStoresContract';

/** Each `connect` opens its own pool on the same fresh schema, as another instance of the app would. */
describeBookingStoresContract('PostgreSQL', async () => {
  const { url, drop } = await freshSchema('booking');
  return {
    connect: async (): Promise<BookingStores> => {
      const pool = await openPostgres(url);
      return {
        providers: new PostgresProviderDirectory(pool),
        appointments: new PostgresAppointmentStore(pool),
        rides: new PostgresRideStore(pool),
        reminders: new PostgresReminderLog(pool),
        smsConsent: new PostgresSmsConsent(pool),
        smsReceipts: new PostgresSmsReceipts(pool),
        close: () => pool.end(),
      };
    },
    drop,
  };
});
