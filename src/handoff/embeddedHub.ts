import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Agent } from '../domain/agent';
import type { ConversationRef, Handoff, HandoffPacket, TranscriptLine } from '../domain/handoff';
import type { MemberServices } from '../domain/plan';
import type { HandoffHub, HandoffTicket } from '../ports/handoffHub';
import type { HandoffQueue } from '../ports/handoffQueue';
import type { AgentDirectory } from '../ports/agentDirectory';
import type { ConsoleEvents } from '../ports/consoleEvents';
import type { Clock } from '../ports/clock';
import { expectedWaitMinutes, offerWindow, placeInLine } from './routing';
import { isOpen } from './serviceHours';

export interface EmbeddedHubDeps {
  queue: HandoffQueue;
  agents: AgentDirectory;
  events: ConsoleEvents;
  clock: Clock;
  services: MemberServices;
}

/**
 * The hub built in: handoffs wait in the shared queue for the agent console. The member's care
 * coordinator is offered it first for 60 s when available; the place and wait are worked out for
 * the agents who may take it.
 */
export class EmbeddedHub implements HandoffHub {
  constructor(private readonly deps: EmbeddedHubDeps) {}

  async request(_context: TurnContext, packet: HandoffPacket, conversation: ConversationRef): Promise<HandoffTicket> {
    const now = this.deps.clock.now();
    if (!isOpen(this.deps.services, now)) return { kind: 'closed', why: 'hours' };
    const agents = await this.deps.agents.list();
    const coordinator = agents.find((a) => a.id === packet.preferredAgentId);
    const helpers = agents.filter((a) => a.available && (a.id === coordinator?.id || servesLanguage(a, packet)));
    if (helpers.length === 0) return { kind: 'closed', why: 'busy' };
    const handoff = await this.deps.queue.open({
      id: randomUUID(),
      packet,
      conversation,
      status: 'waiting',
      createdAt: now,
      offeredUntil: offerWindow(coordinator, now),
    });
    this.deps.events.publish({ kind: 'queue' });
    const place = placeInLine(handoff, await this.deps.queue.withStatus('waiting'));
    return { kind: 'queued', handoffId: handoff.id, place, waitMinutes: expectedWaitMinutes(place, helpers.length, this.deps.services.minutesPerMember) };
  }

  async memberWrote(handoffId: string, line: TranscriptLine): Promise<void> {
    await this.deps.queue.append(handoffId, line);
    this.deps.events.publish({ kind: 'handoff', id: handoffId });
  }

  async callBack(packet: HandoffPacket, conversation: ConversationRef, phone: string, handoffId?: string): Promise<void> {
    const now = this.deps.clock.now();
    const waiting = handoffId ? await this.deps.queue.find(handoffId) : undefined;
    if (waiting) await this.deps.queue.close(waiting.id, 'ended', now);
    const request: Handoff = {
      id: randomUUID(),
      packet: waiting?.packet ?? packet,
      conversation,
      status: 'callback',
      createdAt: now,
      callbackPhone: phone,
    };
    await this.deps.queue.open(request);
    this.deps.events.publish({ kind: 'queue' });
  }

  async leave(handoffId: string): Promise<void> {
    await this.deps.queue.close(handoffId, 'ended', this.deps.clock.now());
    this.deps.events.publish({ kind: 'handoff', id: handoffId });
    this.deps.events.publish({ kind: 'queue' });
  }
}

/** An agent who speaks the member's language, or who brings in an interpreter. */
function servesLanguage(agent: Agent, packet: HandoffPacket): boolean {
  return agent.languages.includes(packet.fallbackQueue.language) || agent.interpreter;
}
