import type { Address } from '../../src/domain/member';
import type { TripDistance } from '../../src/ports/tripDistance';

const MAX_STREET = 120;

/** A street line as the member typed it ("800 N Rutledge St"): a house number and a name. */
export function readStreet(text: string): string | undefined {
  const street = text.replace(/\s+/g, ' ').trim();
  if (street.length < 4 || street.length > MAX_STREET) return undefined;
  return /\d/.test(street) && /\p{L}{2}/u.test(street) ? street : undefined;
}

/** The full address from the street and a ZIP code the service area knows; undefined otherwise. */
export function readZip(text: string, street: string, distance: TripDistance): Address | undefined {
  const zip = /(?<!\d)(\d{5})(?!\d)/.exec(text.replace(/[\s-]/g, ' '))?.[1];
  const place = zip ? distance.placeOf(zip) : undefined;
  return zip && place && street ? { street, city: place.city, state: place.state, zip } : undefined;
}
