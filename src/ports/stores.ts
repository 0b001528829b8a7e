import type { Storage } from 'botbuilder';
import type { MemberStore } from './memberStore';
import type { VerificationStore } from './verificationStore';
import type { OutcomeStore } from './outcomeStore';
import type { ProviderDirectory } from './providerDirectory';
import type { AppointmentStore } from './appointmentStore';
import type { RideStore } from './rideStore';
import type { ReminderLog } from './reminderLog';
import type { SmsConsent } from './smsConsent';
import type { SmsReceipts } from './smsReceipts';
import type { HandoffQueue } from './handoffQueue';
import type { DirectLineStore } from './directLineStore';
import type { SecretStore } from './secretStore';
import type { AgentDirectory } from './agentDirectory';
import type { AgentSessions } from './agentSessions';
import type { AuditLog } from './auditLog';
import type { FeedbackStore } from './feedbackStore';
import type { TranscriptLog } from './transcriptLog';
import type { SocialScreenings } from './socialScreenings';
import type { NotUnderstoodLog } from './notUnderstoodLog';

/** Every store Carebridge keeps, on one database (SQLite embedded, PostgreSQL at scale). */
export interface Stores {
  /** Bot state (botbuilder's `Storage`, with eTags). */
  state: Storage;
  members: MemberStore;
  attempts: VerificationStore;
  outcomes: OutcomeStore;
  providers: ProviderDirectory;
  appointments: AppointmentStore;
  rides: RideStore;
  reminders: ReminderLog;
  smsConsent: SmsConsent;
  smsReceipts: SmsReceipts;
  handoffs: HandoffQueue;
  agents: AgentDirectory;
  agentSessions: AgentSessions;
  audit: AuditLog;
  feedback: FeedbackStore;
  transcripts: TranscriptLog;
  socialScreenings: SocialScreenings;
  notUnderstood: NotUnderstoodLog;
  directLine: DirectLineStore;
  secrets: SecretStore;
  /** True when the database answers (readiness). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}
