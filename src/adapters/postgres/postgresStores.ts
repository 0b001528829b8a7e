import type { Stores } from '../../ports/stores';
import { PostgresHandoffQueue } from './postgresHandoffQueue';
import { PostgresAgentDirectory } from './postgresAgentDirectory';
import { PostgresAgentSessions } from './postgresAgentSessions';
import { PostgresAuditLog } from './postgresAuditLog';
import { PostgresFeedbackStore } from './postgresFeedbackStore';
import { PostgresSocialScreenings } from './postgresSocialScreenings';
import { PostgresNotUnderstoodLog } from './postgresNotUnderstoodLog';
import { PostgresTranscriptLog } from './postgresTranscriptLog';
import { openPostgres } from './openPostgres';
import { PostgresStorage } from './postgresStorage';
import { PostgresMemberStore } from './postgresMemberStore';
import { PostgresVerificationStore } from './postgresVerificationStore';
import { PostgresOutcomeStore } from './postgresOutcomeStore';
import { PostgresProviderDirectory } from './postgresProviderDirectory';
import { PostgresAppointmentStore } from './postgresAppointmentStore';
import { PostgresRideStore } from './postgresRideStore';
import { PostgresReminderLog } from './postgresReminderLog';
import { PostgresSmsConsent } from './postgresSmsConsent';
import { PostgresSmsReceipts } from './postgresSmsReceipts';
import { PostgresDirectLineStore } from './postgresDirectLineStore';
import { PostgresSecretStore } from './postgresSecretStore';

/** Every store on one PostgreSQL database, shared by every instance; migrated on open. */
export async function openPostgresStores(url: string, connections = 10): Promise<Stores & { pool: Awaited<ReturnType<typeof openPostgres>> }> {
  const pool = await openPostgres(url, connections);
  return {
    pool,
    state: new PostgresStorage(pool),
    members: new PostgresMemberStore(pool),
    attempts: new PostgresVerificationStore(pool),
    outcomes: new PostgresOutcomeStore(pool),
    providers: new PostgresProviderDirectory(pool),
    appointments: new PostgresAppointmentStore(pool),
    rides: new PostgresRideStore(pool),
    reminders: new PostgresReminderLog(pool),
    smsConsent: new PostgresSmsConsent(pool),
    smsReceipts: new PostgresSmsReceipts(pool),
    handoffs: new PostgresHandoffQueue(pool),
    agents: new PostgresAgentDirectory(pool),
    agentSessions: new PostgresAgentSessions(pool),
    audit: new PostgresAuditLog(pool),
    feedback: new PostgresFeedbackStore(pool),
    socialScreenings: new PostgresSocialScreenings(pool),
    notUnderstood: new PostgresNotUnderstoodLog(pool),
    transcripts: new PostgresTranscriptLog(pool),
    directLine: new PostgresDirectLineStore(pool),
    secrets: new PostgresSecretStore(pool),
    ready: async () => (await pool.query('SELECT 1')).rowCount === 1,
    close: () => pool.end(),
  };
}
