import { openPostgresStores } from '../../src/adapters/postgres/postgresStores';
import { freshSchema } from '../helpers/postgres';
import { describeHandoffQueueContract } from './handoffQueueContract';

describeHandoffQueueContract('PostgreSQL', async () => {
  const { url, drop } = await freshSchema('handoff');
  return { connect: () => openPostgresStores(url), drop };
});
