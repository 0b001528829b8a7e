import { openPostgres } from '../../src/adapters/postgres/openPostgres';
import { PostgresMemberStore } from '../../src/adapters/postgres/postgresMemberStore';
import { PostgresVerificationStore } from '../../src/adapters/postgres/postgresVerificationStore';
import { PostgresOutcomeStore } from '../../src/adapters/postgres/postgresOutcomeStore';
import { PostgresSecretStore } from '../../src/adapters/postgres/postgresSecretStore';
import { PostgresDirectLineStore } from '../../src/adapters/postgres/postgresDirectLineStore';
import { freshSchema } from '../helpers/postgres';
import { describeCoreStoresContract, type CoreStores } from './coreStoresContract';

describeCoreStoresContract('PostgreSQL on a fresh schema', async () => {
  const schema = await freshSchema('core');
  return {
    connect: async (): Promise<CoreStores> => {
      const pool = await openPostgres(schema.url);
      return {
        members: new PostgresMemberStore(pool),
        attempts: new PostgresVerificationStore(pool),
        outcomes: new PostgresOutcomeStore(pool),
        secrets: new PostgresSecretStore(pool),
        directLine: new PostgresDirectLineStore(pool),
        close: () => pool.end(),
      };
    },
    drop: () => schema.drop(),
  };
});
