import { openPostgres } from '../../src/adapters/postgres/openPostgres';
import { PostgresStorage } from '../../src/adapters/postgres/postgresStorage';
import { freshSchema } from '../helpers/postgres';
import { describeStorageContract } from './storageContract';

describeStorageContract('PostgresStorage on a fresh schema', async () => {
  const schema = await freshSchema('storage');
  const pool = await openPostgres(schema.url);
  return {
    storage: new PostgresStorage(pool),
    close: async () => {
      await pool.end();
      await schema.drop();
    },
  };
});
