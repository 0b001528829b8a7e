import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../src/adapters/sqlite/openSqlite';
import { SqliteMemberStore } from '../../src/adapters/sqlite/sqliteMemberStore';
import { SqliteVerificationStore } from '../../src/adapters/sqlite/sqliteVerificationStore';
import { SqliteOutcomeStore } from '../../src/adapters/sqlite/sqliteOutcomeStore';
import { SqliteSecretStore } from '../../src/adapters/sqlite/sqliteSecretStore';
import { SqliteDirectLineStore } from '../../src/adapters/sqlite/sqliteDirectLineStore';
import { describeCoreStoresContract, type CoreStores } from './coreStoresContract';

describeCoreStoresContract('SQLite on a database file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'carebridge-core-'));
  const path = join(dir, 'carebridge.sqlite');
  return {
    connect: async (): Promise<CoreStores> => {
      const db = openSqlite(path);
      return {
        members: new SqliteMemberStore(db),
        attempts: new SqliteVerificationStore(db),
        outcomes: new SqliteOutcomeStore(db),
        secrets: new SqliteSecretStore(db),
        directLine: new SqliteDirectLineStore(db),
        close: async () => {
          db.close();
        },
      };
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
