import type { Agent } from '../domain/agent';
import type { Handoff } from '../domain/handoff';

/** How long the member's own care coordinator alone is offered the handoff (SPEC §9). */
export const COORDINATOR_WINDOW_MS = 60_000;

/**
 * Whether this agent may take the handoff now: the care coordinator during their window; after it
 * (or when there is no coordinator available), an agent who speaks the member's language; an agent
 * with the interpreter flag only while no one available speaks it (`team`: every agent).
 */
export function mayTake(agent: Agent, handoff: Handoff, now: Date, team: Agent[]): boolean {
  if (!agent.available || handoff.status !== 'waiting') return false;
  if (handoff.packet.preferredAgentId === agent.id) return true;
  if (handoff.offeredUntil && handoff.offeredUntil > now) return false;
  const language = handoff.packet.fallbackQueue.language;
  if (agent.languages.includes(language)) return true;
  return agent.interpreter && !team.some((other) => other.available && other.languages.includes(language));
}

/** Urgent first, then the longest waiting. */
export function queueOrder(a: Handoff, b: Handoff): number {
  const urgency = Number(b.packet.urgency === 'urgent') - Number(a.packet.urgency === 'urgent');
  return urgency !== 0 ? urgency : a.createdAt.getTime() - b.createdAt.getTime();
}

/** The member's place in line (1 = next) among the waiting handoffs. */
export function placeInLine(handoff: Handoff, waiting: Handoff[]): number {
  return [...waiting].sort(queueOrder).findIndex((h) => h.id === handoff.id) + 1;
}

/**
 * The wait to tell the member, in whole minutes (at least 1): the members before them, each for
 * about the usual time an agent spends with a member, shared among the agents who may take them.
 */
export function expectedWaitMinutes(place: number, agentsOnline: number, minutesPerMember: number): number {
  return Math.max(1, Math.ceil((place * minutesPerMember) / Math.max(1, agentsOnline)));
}

/** When the coordinator's window ends for a new handoff: now + 60 s if the coordinator is available, else no window. */
export function offerWindow(coordinator: Agent | undefined, now: Date): Date | undefined {
  return coordinator?.available ? new Date(now.getTime() + COORDINATOR_WINDOW_MS) : undefined;
}
