import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../src/adapters/sqlite/openSqlite';
import { SqliteStorage } from '../../src/adapters/sqlite/sqliteStorage';
import { ConflictError } from '../../src/domain/errors';
import { describeStorageContract } from './storageContract';

function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'carebridge-sqlite-storage-'));
}

describeStorageContract('SqliteStorage on a database file', async () => {
  const dir = makeTempDir();
  const db = openSqlite(join(dir, 'state.db'));
  return {
    storage: new SqliteStorage(db),
    close: async () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteStorage across a restart', () => {
  let dir: string;
  let path: string;

  beforeEach(() => {
    dir = makeTempDir();
    path = join(dir, 'state.db');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function withStorage<T>(use: (storage: SqliteStorage) => Promise<T>): Promise<T> {
    const db = openSqlite(path);
    return use(new SqliteStorage(db)).finally(() => db.close());
  }

  it('reads back what was written before the database was closed and reopened', async () => {
    await withStorage((storage) => storage.write({ member: { plan: 'gold', visits: [1, 2] }, other: { id: 2 } }));

    const items = await withStorage((storage) => storage.read(['member', 'other']));

    expect(items).toEqual({
      member: { plan: 'gold', visits: [1, 2], eTag: expect.any(String) },
      other: { id: 2, eTag: expect.any(String) },
    });
  });

  it('still honours eTags read before the restart', async () => {
    const before = await withStorage(async (storage) => {
      await storage.write({ member: { visits: 1 } });
      return (await storage.read(['member'])).member;
    });

    await withStorage((storage) => storage.write({ member: { ...before, visits: 2 } }));

    await withStorage(async (storage) => {
      await expect(storage.write({ member: { ...before, visits: 3 } })).rejects.toThrow(ConflictError);
      expect((await storage.read(['member'])).member.visits).toBe(2);
    });
  });

  it('no longer reads a key deleted before the restart', async () => {
    await withStorage(async (storage) => {
      await storage.write({ member: { id: 1 } });
      await storage.delete(['member']);
    });

    await expect(withStorage((storage) => storage.read(['member']))).resolves.toEqual({});
  });
});
