import type { Stores } from '../../ports/stores';
import { SqliteHandoffQueue } from './sqliteHandoffQueue';
import { SqliteAgentDirectory } from './sqliteAgentDirectory';
import { SqliteAgentSessions } from './sqliteAgentSessions';
import { SqliteAuditLog } from './sqliteAuditLog';
import { SqliteFeedbackStore } from './sqliteFeedbackStore';
import { SqliteSocialScreenings } from './sqliteSocialScreenings';
import { SqliteNotUnderstoodLog } from './sqliteNotUnderstoodLog';
import { SqliteTranscriptLog } from './sqliteTranscriptLog';
import { openSqlite } from './openSqlite';
import { SqliteStorage } from './sqliteStorage';
import { SqliteMemberStore } from './sqliteMemberStore';
import { SqliteVerificationStore } from './sqliteVerificationStore';
import { SqliteOutcomeStore } from './sqliteOutcomeStore';
import { SqliteProviderDirectory } from './sqliteProviderDirectory';
import { SqliteAppointmentStore } from './sqliteAppointmentStore';
import { SqliteRideStore } from './sqliteRideStore';
import { SqliteReminderLog } from './sqliteReminderLog';
import { SqliteSmsConsent } from './sqliteSmsConsent';
import { SqliteSmsReceipts } from './sqliteSmsReceipts';
import { SqliteDirectLineStore } from './sqliteDirectLineStore';
import { SqliteSecretStore } from './sqliteSecretStore';

/** Every store on one embedded SQLite file (or `:memory:` in tests), migrated on open. */
export function openSqliteStores(path: string): Stores {
  const db = openSqlite(path);
  const ping = db.prepare('SELECT 1');
  const transcripts = new SqliteTranscriptLog(db);
  return {
    state: new SqliteStorage(db),
    members: new SqliteMemberStore(db),
    attempts: new SqliteVerificationStore(db),
    outcomes: new SqliteOutcomeStore(db),
    providers: new SqliteProviderDirectory(db),
    appointments: new SqliteAppointmentStore(db),
    rides: new SqliteRideStore(db),
    reminders: new SqliteReminderLog(db),
    smsConsent: new SqliteSmsConsent(db),
    smsReceipts: new SqliteSmsReceipts(db),
    handoffs: new SqliteHandoffQueue(db),
    agents: new SqliteAgentDirectory(db),
    agentSessions: new SqliteAgentSessions(db),
    audit: new SqliteAuditLog(db),
    feedback: new SqliteFeedbackStore(db),
    socialScreenings: new SqliteSocialScreenings(db),
    notUnderstood: new SqliteNotUnderstoodLog(db),
    transcripts,
    directLine: new SqliteDirectLineStore(db),
    secrets: new SqliteSecretStore(db),
    ready: async () => ping.get() !== undefined,
    close: async () => {
      transcripts.flush();
      db.close();
    },
  };
}
