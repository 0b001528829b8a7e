import type { PostgresPool } from './openPostgres';
import type { SocialScreenings } from '../../ports/socialScreenings';
import { screeningSchema, type Screening } from '../../domain/socialNeeds';
import { jsonb } from './jsonb';

/** Social-needs screenings on PostgreSQL, one per subject (the latest). */
export class PostgresSocialScreenings implements SocialScreenings {
  constructor(private readonly pool: PostgresPool) {}

  async get(subject: string): Promise<Screening | undefined> {
    const { rows } = await this.pool.query<{ data: Screening & { at: string } }>('SELECT data FROM social_screenings WHERE subject = $1', [subject]);
    return rows[0] && screeningSchema.parse({ ...rows[0].data, at: new Date(rows[0].data.at) });
  }

  async save(subject: string, screening: Screening): Promise<void> {
    await this.pool.query(
      'INSERT INTO social_screenings (subject, data, at) VALUES ($1, $2, $3) ON CONFLICT (subject) DO UPDATE SET data = excluded.data, at = excluded.at',
      [subject, jsonb(screening), screening.at],
    );
  }
}
