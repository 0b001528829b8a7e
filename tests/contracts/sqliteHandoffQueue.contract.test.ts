import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStores } from '../../src/adapters/sqlite/sqliteStores';
import { describeHandoffQueueContract } from './handoffQueueContract';

describeHandoffQueueContract('SQLite on a database file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'carebridge-handoffs-'));
  const path = join(dir, 'carebridge.sqlite');
  return { connect: async () => openSqliteStores(path), drop: async () => rmSync(dir, { recursive: true, force: true }) };
});
