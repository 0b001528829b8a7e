import type { SqliteDatabase } from './openSqlite';
import type { SocialScreenings } from '../../ports/socialScreenings';
import { screeningSchema, type Screening } from '../../domain/socialNeeds';

/** Social-needs screenings in the embedded database, one per subject (the latest). */
export class SqliteSocialScreenings implements SocialScreenings {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      get: db.prepare('SELECT data FROM social_screenings WHERE subject = ?').pluck(),
      save: db.prepare('INSERT INTO social_screenings (subject, data, at) VALUES (?, ?, ?) ON CONFLICT (subject) DO UPDATE SET data = excluded.data, at = excluded.at'),
    };
  }

  async get(subject: string): Promise<Screening | undefined> {
    const data = this.statements.get.get(subject) as string | undefined;
    if (data === undefined) return undefined;
    const raw = JSON.parse(data) as Screening & { at: string };
    return screeningSchema.parse({ ...raw, at: new Date(raw.at) });
  }

  async save(subject: string, screening: Screening): Promise<void> {
    this.statements.save.run(subject, JSON.stringify(screening), screening.at.toISOString());
  }
}
