import type { SqliteDatabase } from './openSqlite';
import type { ProviderDirectory } from '../../ports/providerDirectory';
import type { Specialty } from '../../domain/intents';
import { providerSchema, type Provider } from '../../domain/provider';

/** Providers in the embedded database; each row holds the validated provider as JSON. */
export class SqliteProviderDirectory implements ProviderDirectory {
  private readonly byId;
  private readonly bySpecialtyStatement;
  private readonly upsert;

  constructor(private readonly db: SqliteDatabase) {
    this.byId = db.prepare('SELECT data FROM providers WHERE id = ?').pluck();
    this.bySpecialtyStatement = db.prepare('SELECT data FROM providers WHERE specialty = ? ORDER BY id').pluck();
    this.upsert = db.prepare(
      'INSERT INTO providers (id, specialty, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET specialty = excluded.specialty, data = excluded.data',
    );
  }

  async find(id: string): Promise<Provider | undefined> {
    const data = this.byId.get(id) as string | undefined;
    return data === undefined ? undefined : providerSchema.parse(JSON.parse(data));
  }

  async bySpecialty(specialty: Specialty): Promise<Provider[]> {
    return (this.bySpecialtyStatement.all(specialty) as string[]).map((data) => providerSchema.parse(JSON.parse(data)));
  }

  async save(providers: Provider[]): Promise<void> {
    this.db.transaction(() => providers.forEach((p) => this.upsert.run(p.id, p.specialty, JSON.stringify(p))))();
  }
}
