import { z } from 'zod';

/** What an agent did or looked at (SPEC §9: every view of member data is audited). */
export const auditActions = [
  'signIn',
  'signIn.failed',
  'signOut',
  'handoff.accept',
  'handoff.view',
  'member.view',
  'handoff.reply',
  'handoff.return',
  'handoff.end',
  'insights.view',
] as const;

export const auditEntrySchema = z.object({
  agentId: z.string(),
  action: z.enum(auditActions),
  handoffId: z.string().optional(),
  /** The member whose data was shown, when one was. */
  memberId: z.string().optional(),
  at: z.date(),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditAction = (typeof auditActions)[number];
