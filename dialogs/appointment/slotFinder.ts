import type { Specialty } from '../../src/domain/intents';
import type { Member } from '../../src/domain/member';
import type { Provider } from '../../src/domain/provider';
import type { Slot } from '../../src/domain/appointment';
import { addDays, localDay, localMinutes, zonedInstant } from '../../src/domain/zonedTime';
import type { ProviderDirectory } from '../../src/ports/providerDirectory';
import type { AppointmentStore } from '../../src/ports/appointmentStore';
import type { Clock } from '../../src/ports/clock';
import type { PartOfDay, WhenRequest } from '../../src/nlu/dates/parseWhen';

/** How many times are offered at once (SPEC §7), and how far ahead the assistant looks. */
export const TIMES_AT_ONCE = 3;
export const DAYS_AHEAD = 28;
/** A visit starting sooner than this cannot be booked here any more. */
const MIN_LEAD_MS = 2 * 60 * 60 * 1000;
const SCAN_LIMIT = 400;

const partBounds: Record<PartOfDay, [number, number]> = {
  morning: [0, 12 * 60],
  afternoon: [12 * 60, 17 * 60],
  evening: [17 * 60, 24 * 60],
};

/** A time offered to the member, kept in dialog state as plain data. */
export interface SlotOffer {
  slotId: string;
  providerId: string;
  startsAt: string;
}

export interface SlotSearch {
  member: Member;
  specialty: Specialty;
  /** Only this provider (a change keeps the same doctor). */
  providerId?: string;
  when: WhenRequest;
  /** Only times after this one ("more times"). */
  after?: string;
}

export interface SlotSearchResult {
  offers: SlotOffer[];
  /** True when nothing was open in the asked days and the next open times are offered instead. */
  widened: boolean;
}

/**
 * Finds times for a visit: the member's own doctor first for primary care, otherwise providers
 * who speak the member's language before the others; then the asked days and part of the day,
 * or, when nothing is open then, the next open times.
 */
export class SlotFinder {
  constructor(
    private readonly providers: ProviderDirectory,
    private readonly appointments: AppointmentStore,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  /** Providers to offer, in tiers: preferred ones first, then the rest. */
  async tiers(search: Pick<SlotSearch, 'member' | 'specialty' | 'providerId'>): Promise<Provider[][]> {
    if (search.providerId) {
      const fixed = await this.providers.find(search.providerId);
      return fixed ? [[fixed]] : [];
    }
    const all = await this.providers.bySpecialty(search.specialty);
    const own = all.filter((p) => search.specialty === 'primary_care' && p.id === search.member.primaryCareProviderId);
    const rest = all.filter((p) => !own.includes(p));
    const speaks = rest.filter((p) => p.languages.includes(search.member.language));
    return [own, speaks, rest.filter((p) => !speaks.includes(p))].filter((tier) => tier.length > 0);
  }

  async find(search: SlotSearch): Promise<SlotSearchResult> {
    const tiers = await this.tiers(search);
    const asked = await this.firstOpen(tiers, search.when, search.after);
    if (asked.length > 0 || search.after) return { offers: asked, widened: false };
    const today = localDay(this.clock.now(), this.timeZone);
    const next = await this.firstOpen(tiers, { from: search.when.from > today ? search.when.from : today, to: addDays(today, DAYS_AHEAD) });
    return { offers: next, widened: true };
  }

  private async firstOpen(tiers: Provider[][], when: WhenRequest, after?: string): Promise<SlotOffer[]> {
    const earliest = this.clock.now().getTime() + MIN_LEAD_MS;
    const from = new Date(Math.max(zonedInstant(when.from, '00:00', this.timeZone).getTime(), earliest, after ? new Date(after).getTime() + 1 : 0));
    const to = zonedInstant(addDays(when.to, 1), '00:00', this.timeZone);
    if (from >= to) return [];
    for (const tier of tiers) {
      const slots = await this.appointments.openSlots({ providerIds: tier.map((p) => p.id), from, to, limit: SCAN_LIMIT });
      const fitting = slots.filter((slot) => this.fits(slot, when.partOfDay)).slice(0, TIMES_AT_ONCE);
      if (fitting.length > 0) return fitting.map(toOffer);
    }
    return [];
  }

  private fits(slot: Slot, part: PartOfDay | undefined): boolean {
    if (!part) return true;
    const minutes = localMinutes(slot.startsAt, this.timeZone);
    const [start, end] = partBounds[part];
    return minutes >= start && minutes < end;
  }
}

function toOffer(slot: Slot): SlotOffer {
  return { slotId: slot.id, providerId: slot.providerId, startsAt: slot.startsAt.toISOString() };
}
