import { openPostgresStores } from '../../src/adapters/postgres/postgresStores';
import { freshSchema } from '../helpers/postgres';
import { describeBookingStoresContract } from './bookingStoresContract';

/** Each `connect` opens its own pool on the same fresh schema, as another instance of the app would. */
describeBookingStoresContract('PostgreSQL', async () => {
  const { url, drop } = await freshSchema('booking');
  return { connect: () => openPostgresStores(url), drop };
});
