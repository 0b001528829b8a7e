import type { SqliteDatabase } from './openSqlite';
import type { RideStore } from '../../ports/rideStore';
import { legsOf, rideSchema, type Ride, type RideRequest, type RideStatus } from '../../domain/ride';
import { newConfirmation } from '../../domain/confirmation';
import { NotFoundError } from '../../domain/errors';

/** Rides in the embedded database: searchable columns, and the validated ride as JSON. */
export class SqliteRideStore implements RideStore {
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      byRequest: db.prepare('SELECT data FROM rides WHERE request_key = ?').pluck(),
      byConfirmation: db.prepare('SELECT data FROM rides WHERE confirmation = ?').pluck(),
      insert: db.prepare(
        'INSERT INTO rides (confirmation, member_id, appointment, pickup_at, legs, status, request_key, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      update: db.prepare('UPDATE rides SET status = ?, data = ? WHERE confirmation = ?'),
      upcoming: db.prepare(`SELECT data FROM rides WHERE member_id = ? AND status != 'cancelled' AND pickup_at >= ? ORDER BY pickup_at`).pluck(),
      legs: db.prepare(`SELECT COALESCE(SUM(legs), 0) FROM rides WHERE member_id = ? AND status != 'cancelled' AND pickup_at >= ? AND pickup_at < ?`).pluck(),
      between: db.prepare(`SELECT data FROM rides WHERE status != 'cancelled' AND pickup_at >= ? AND pickup_at < ? ORDER BY pickup_at`).pluck(),
    };
  }

  async book(request: RideRequest, at: Date): Promise<Ride> {
    const run = this.db.transaction((): Ride => {
      const earlier = this.statements.byRequest.get(request.requestKey) as string | undefined;
      if (earlier) return parse(earlier);
      const ride = rideSchema.parse({ ...request, confirmation: newConfirmation('R'), status: 'scheduled', bookedAt: at });
      this.statements.insert.run(
        ride.confirmation, ride.memberId, ride.appointment ?? null, ride.pickupAt.toISOString(), legsOf(ride.trip), ride.status, ride.requestKey, JSON.stringify(ride),
      );
      return ride;
    });
    return run.immediate();
  }

  async upcoming(memberId: string, from: Date): Promise<Ride[]> {
    return (this.statements.upcoming.all(memberId, from.toISOString()) as string[]).map(parse);
  }

  async find(confirmation: string): Promise<Ride | undefined> {
    const data = this.statements.byConfirmation.get(confirmation) as string | undefined;
    return data === undefined ? undefined : parse(data);
  }

  async legsBetween(memberId: string, from: Date, to: Date): Promise<number> {
    return this.statements.legs.get(memberId, from.toISOString(), to.toISOString()) as number;
  }

  async cancel(memberId: string, confirmation: string): Promise<Ride> {
    const ride = await this.find(confirmation);
    if (!ride || ride.memberId !== memberId) throw new NotFoundError('ride');
    return ride.status === 'cancelled' ? ride : this.setStatus(confirmation, 'cancelled');
  }

  async setStatus(confirmation: string, status: RideStatus): Promise<Ride> {
    const run = this.db.transaction((): Ride => {
      const data = this.statements.byConfirmation.get(confirmation) as string | undefined;
      if (data === undefined) throw new NotFoundError('ride');
      const ride = { ...parse(data), status };
      this.statements.update.run(status, JSON.stringify(ride), confirmation);
      return ride;
    });
    return run.immediate();
  }

  async startingBetween(from: Date, to: Date): Promise<Ride[]> {
    return (this.statements.between.all(from.toISOString(), to.toISOString()) as string[]).map(parse);
  }
}

/** Dates come back from JSON as strings; the schema turns them into dates again. */
function parse(data: string): Ride {
  const raw = JSON.parse(data) as Record<string, unknown>;
  return rideSchema.parse({ ...raw, visitAt: new Date(raw.visitAt as string), pickupAt: new Date(raw.pickupAt as string), bookedAt: new Date(raw.bookedAt as string) });
}
