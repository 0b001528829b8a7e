import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStores } from '../../src/adapters/sqlite/sqliteStores';
import { describeBookingStoresContract } from './bookingStoresContract';

describeBookingStoresContract('SQLite on a database file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'carebridge-booking-'));
  const path = join(dir, 'carebridge.sqlite');
  return {
    connect: async () => openSqliteStores(path),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
