import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Agent } from '../domain/agent';
import type { AgentDirectory } from '../ports/agentDirectory';
import type { AgentSession, AgentSessions } from '../ports/agentSessions';
import type { AuditLog } from '../ports/auditLog';
import type { VerificationStore } from '../ports/verificationStore';
import type { Clock } from '../ports/clock';

/** Five wrong passwords lock the account for fifteen minutes. */
export const SIGN_IN_FAILURES = 5;
export const LOCK_MINUTES = 15;
/** A session lasts one shift. */
export const SESSION_HOURS = 8;

export type SignIn =
  | { kind: 'signedIn'; agent: Agent; token: string; session: AgentSession }
  | { kind: 'failed' }
  | { kind: 'locked'; minutes: number };

/** A hash to verify against when the account does not exist, so a wrong id takes as long as a wrong password (made on first use). */
let decoy: Promise<string> | undefined;
const decoyHash = (): Promise<string> => (decoy ??= hash(randomBytes(16).toString('hex')));

/**
 * Console sign-in: argon2 password hashes, a lock after repeated failures (per account, unknown
 * accounts counted the same), random session tokens stored only as their SHA-256, a CSRF token per session.
 */
export class AgentAuth {
  constructor(
    private readonly agents: AgentDirectory,
    private readonly sessions: AgentSessions,
    private readonly attempts: VerificationStore,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async signIn(agentId: string, password: string): Promise<SignIn> {
    const now = this.clock.now();
    const subject = `agent:${agentId}`;
    const record = await this.attempts.get(subject);
    if (record.lockedUntil && record.lockedUntil > now) return { kind: 'locked', minutes: minutesUntil(record.lockedUntil, now) };
    const stored = await this.agents.passwordHash(agentId);
    const matches = await verify(stored ?? (await decoyHash()), password).catch(() => false);
    const agent = matches && stored ? await this.agents.find(agentId) : undefined;
    if (!agent) {
      const after = await this.attempts.recordFailure(subject, now, SIGN_IN_FAILURES, new Date(now.getTime() + LOCK_MINUTES * 60_000));
      if (stored) await this.audit.record({ agentId, action: 'signIn.failed', at: now });
      return after.lockedUntil ? { kind: 'locked', minutes: minutesUntil(after.lockedUntil, now) } : { kind: 'failed' };
    }
    await this.attempts.clear(subject);
    const token = randomBytes(32).toString('base64url');
    const session: AgentSession = {
      tokenHash: tokenHash(token),
      agentId,
      csrfToken: randomBytes(24).toString('base64url'),
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
    };
    await this.sessions.create(session);
    const available = (await this.agents.setAvailable(agentId, true)) ?? agent;
    await this.audit.record({ agentId, action: 'signIn', at: now });
    return { kind: 'signedIn', agent: available, token, session };
  }

  /** The signed-in agent and session for a cookie's token, if the session is valid and the account still exists. */
  async resolve(token: string | undefined): Promise<{ agent: Agent; session: AgentSession } | undefined> {
    if (!token) return undefined;
    const session = await this.sessions.find(tokenHash(token), this.clock.now());
    const agent = session && (await this.agents.find(session.agentId));
    return session && agent ? { agent, session } : undefined;
  }

  /** Ends this session; the agent stops getting members only when no other session of theirs is open. */
  async signOut(session: AgentSession): Promise<void> {
    await this.sessions.delete(session.tokenHash);
    if ((await this.sessions.countFor(session.agentId, this.clock.now())) === 0) await this.agents.setAvailable(session.agentId, false);
    await this.audit.record({ agentId: session.agentId, action: 'signOut', at: this.clock.now() });
  }
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
