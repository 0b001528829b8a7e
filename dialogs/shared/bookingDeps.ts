import type { Plan } from '../../src/domain/plan';
import type { Clock } from '../../src/ports/clock';
import type { ProviderDirectory } from '../../src/ports/providerDirectory';
import type { AppointmentStore } from '../../src/ports/appointmentStore';
import type { RideStore } from '../../src/ports/rideStore';
import type { TripDistance } from '../../src/ports/tripDistance';
import type { Replies } from './replies';
import type { MemberSession } from './memberSession';
import type { OutcomeRecorder } from './outcomes';

/** What the visit and ride dialogs work with. */
export interface BookingDeps {
  replies: Replies;
  plan: Plan;
  session: MemberSession;
  outcomes: OutcomeRecorder;
  clock: Clock;
  providers: ProviderDirectory;
  appointments: AppointmentStore;
  rides: RideStore;
  distance: TripDistance;
}
