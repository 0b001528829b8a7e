import type { Address, Member } from '../../src/domain/member';
import type { AppointmentStore } from '../../src/ports/appointmentStore';
import type { ProviderDirectory } from '../../src/ports/providerDirectory';

/** The visit a ride goes to: when, where, and the visit booked here if there is one. */
export interface RideVisit {
  at: string;
  destination: Address;
  place?: string;
  appointment?: string;
  /** Dialysis visits may have a ride the same day (SPEC §8). */
  dialysis?: boolean;
}

/** The member's booked visit as a ride destination, or undefined when it is not theirs or not booked. */
export async function visitOf(appointments: AppointmentStore, providers: ProviderDirectory, member: Member, confirmation: string): Promise<RideVisit | undefined> {
  const visit = await appointments.find(confirmation);
  if (!visit || visit.memberId !== member.id || visit.status !== 'booked') return undefined;
  const provider = await providers.find(visit.providerId);
  if (!provider) return undefined;
  return { at: visit.startsAt.toISOString(), destination: provider.address, place: provider.name, appointment: confirmation, dialysis: provider.specialty === 'nephrology' };
}
