/**
 * A database under test: `connect` opens another connection (or pool) to the same, initially
 * empty database, as another instance of the app would; `drop` removes the database.
 */
export interface DatabaseUnderTest<S extends { close(): Promise<void> }> {
  connect(): Promise<S>;
  drop(): Promise<void>;
}

/**
 * A fresh database for each case of a contract suite, with a first connection to it, handed to
 * `use`; both are closed and dropped after the case.
 */
export function freshDatabaseEachCase<S extends { close(): Promise<void> }>(
  makeDatabase: () => Promise<DatabaseUnderTest<S>>,
  use: (database: DatabaseUnderTest<S>, stores: S) => void | Promise<void>,
): void {
  let database: DatabaseUnderTest<S>;
  let stores: S;
  beforeEach(async () => {
    database = await makeDatabase();
    stores = await database.connect();
    await use(database, stores);
  });
  afterEach(async () => {
    await stores.close();
    await database.drop();
  });
}
