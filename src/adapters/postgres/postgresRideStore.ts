import type { PostgresPool } from './openPostgres';
import type { RideStore } from '../../ports/rideStore';
import { legsOf, rideSchema, type Ride, type RideRequest, type RideStatus } from '../../domain/ride';
import { newConfirmation } from '../../domain/confirmation';
import { NotFoundError } from '../../domain/errors';
import { jsonb } from './jsonb';

/** Rides in PostgreSQL: searchable columns, and the validated ride as JSONB. */
export class PostgresRideStore implements RideStore {
  constructor(private readonly pool: PostgresPool) {}

  /** Idempotent on the request key, also when two identical requests race: the loser reads the winner's ride. */
  async book(request: RideRequest, at: Date): Promise<Ride> {
    const ride = rideSchema.parse({ ...request, confirmation: newConfirmation('R'), status: 'scheduled', bookedAt: at });
    const { rowCount } = await this.pool.query(
      `INSERT INTO rides (confirmation, member_id, appointment, pickup_at, legs, status, request_key, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (request_key) DO NOTHING`,
      [ride.confirmation, ride.memberId, ride.appointment ?? null, ride.pickupAt, legsOf(ride.trip), ride.status, ride.requestKey, jsonb(ride)],
    );
    if (rowCount === 1) return ride;
    const earlier = await this.pool.query<{ data: Record<string, unknown> }>('SELECT data FROM rides WHERE request_key = $1', [ride.requestKey]);
    return parse(earlier.rows[0].data);
  }

  async upcoming(memberId: string, from: Date): Promise<Ride[]> {
    return this.many(`SELECT data FROM rides WHERE member_id = $1 AND status <> 'cancelled' AND pickup_at >= $2 ORDER BY pickup_at`, [memberId, from]);
  }

  async find(confirmation: string): Promise<Ride | undefined> {
    return (await this.many('SELECT data FROM rides WHERE confirmation = $1', [confirmation]))[0];
  }

  async legsBetween(memberId: string, from: Date, to: Date): Promise<number> {
    const { rows } = await this.pool.query<{ legs: number }>(
      `SELECT COALESCE(SUM(legs), 0)::int AS legs FROM rides WHERE member_id = $1 AND status <> 'cancelled' AND pickup_at >= $2 AND pickup_at < $3`,
      [memberId, from, to],
    );
    return rows[0].legs;
  }

  async cancel(memberId: string, confirmation: string): Promise<Ride> {
    const ride = await this.find(confirmation);
    if (!ride || ride.memberId !== memberId) throw new NotFoundError('ride');
    return ride.status === 'cancelled' ? ride : this.setStatus(confirmation, 'cancelled');
  }

  /** One statement sets the column and the JSONB copy together. */
  async setStatus(confirmation: string, status: RideStatus): Promise<Ride> {
    const [ride] = await this.many(
      `UPDATE rides SET status = $1, data = jsonb_set(data, '{status}', to_jsonb($1::text)) WHERE confirmation = $2 RETURNING data`,
      [status, confirmation],
    );
    if (!ride) throw new NotFoundError('ride');
    return ride;
  }

  async startingBetween(from: Date, to: Date): Promise<Ride[]> {
    return this.many(`SELECT data FROM rides WHERE status <> 'cancelled' AND pickup_at >= $1 AND pickup_at < $2 ORDER BY pickup_at`, [from, to]);
  }

  private async many(sql: string, values: unknown[]): Promise<Ride[]> {
    const { rows } = await this.pool.query<{ data: Record<string, unknown> }>(sql, values);
    return rows.map((row) => parse(row.data));
  }
}

/** Dates come back from JSONB as ISO strings; the schema takes them as dates again. */
function parse(raw: Record<string, unknown>): Ride {
  return rideSchema.parse({ ...raw, visitAt: new Date(raw.visitAt as string), pickupAt: new Date(raw.pickupAt as string), bookedAt: new Date(raw.bookedAt as string) });
}
