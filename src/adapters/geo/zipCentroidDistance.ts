import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Address } from '../../domain/member';
import type { TripDistance } from '../../ports/tripDistance';

const centroidsSchema = z.record(
  z.string().regex(/^\d{5}$/),
  z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), city: z.string().min(1), state: z.string().length(2) }),
);

/** Straight-line distance times this is close to road distance in towns and suburbs. */
const ROAD_FACTOR = 1.25;
const EARTH_RADIUS_MILES = 3958.8;

/**
 * The embedded trip distance: the centre of each address's ZIP code, from a file of the plan's
 * service area. Good to a mile or two, which is what a 50-mile cap needs; an unknown ZIP is
 * outside the service area. A routing service can stand in for it behind the same port.
 */
export class ZipCentroidDistance implements TripDistance {
  private readonly centroids: z.infer<typeof centroidsSchema>;

  constructor(path: string) {
    this.centroids = centroidsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  }

  miles(from: Address, to: Address): number | undefined {
    const a = this.centroids[from.zip];
    const b = this.centroids[to.zip];
    if (!a || !b) return undefined;
    const rad = (deg: number) => (deg * Math.PI) / 180;
    const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
    const straight = 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h));
    return Math.round(Math.max(straight * ROAD_FACTOR, 1) * 10) / 10;
  }

  placeOf(zip: string): { city: string; state: string } | undefined {
    const c = this.centroids[zip];
    return c ? { city: c.city, state: c.state } : undefined;
  }
}
