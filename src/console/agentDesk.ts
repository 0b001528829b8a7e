import type { Agent } from '../domain/agent';
import type { Handoff } from '../domain/handoff';
import { AGENT_MESSAGE, HANDOFF_STATUS, type AgentMessageValue, type HandoffStatusValue } from '../domain/handoffEvents';
import type { AuditAction } from '../domain/audit';
import { AppError, NotFoundError } from '../domain/errors';
import type { Stores } from '../ports/stores';
import type { ConsoleEvents } from '../ports/consoleEvents';
import type { MemberDelivery } from '../ports/memberDelivery';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import { mayTake, queueOrder } from '../handoff/routing';
import { summaryLines } from './handoffSummary';
import type { AgentWords } from './agentWords';
import { memberFields } from './memberFields';

export interface AgentDeskDeps {
  stores: Pick<Stores, 'handoffs' | 'agents' | 'members' | 'audit'>;
  words: AgentWords;
  events: ConsoleEvents;
  delivery: MemberDelivery;
  clock: Clock;
  logger: Logger;
}

/** A refusal the console shows plainly (taken by someone else, not yours). */
export class DeskError extends AppError {}

const taken = () => new DeskError('handoff.taken', 'Another person took this member first', 409);
const ended = () => new DeskError('handoff.ended', 'This chat has ended', 409);
const notYours = () => new DeskError('handoff.notYours', 'This member is not yours to help', 403);

/**
 * What an agent does in the console: see the queue, accept, read the summary and transcript, see
 * the member's details (each view audited), reply on the member's own channel, hand back, end.
 */
export class AgentDesk {
  constructor(private readonly deps: AgentDeskDeps) {}

  async queue(agent: Agent) {
    const { handoffs } = this.deps.stores;
    const now = this.deps.clock.now();
    const team = await this.deps.stores.agents.list();
    const waiting = (await handoffs.withStatus('waiting')).sort(queueOrder);
    const mine = await handoffs.withStatus('active', agent.id);
    const callbacks = await handoffs.withStatus('callback');
    const items = (list: Handoff[]) => list.map((h) => this.item(agent, h, now, team));
    return { now: now.toISOString(), waiting: items(waiting), mine: items(mine), callbacks: items(callbacks) };
  }

  async accept(agent: Agent, id: string) {
    const handoff = await this.find(id);
    const now = this.deps.clock.now();
    if (handoff.status === 'ended') throw ended();
    if (handoff.status !== 'waiting') throw taken();
    if (!mayTake(agent, handoff, now, await this.deps.stores.agents.list())) throw notYours();
    if (!(await this.deps.stores.handoffs.accept(id, agent.id, now))) throw taken();
    await this.audit(agent, 'handoff.accept', handoff);
    await this.tellMember(handoff, HANDOFF_STATUS, { state: 'accepted', agentName: firstName(agent) } satisfies HandoffStatusValue);
    this.changed(id);
    return this.view(agent, id);
  }

  async view(agent: Agent, id: string) {
    const handoff = await this.find(id);
    const now = this.deps.clock.now();
    const team = await this.deps.stores.agents.list();
    const allowed =
      handoff.agentId === agent.id ||
      agent.role === 'supervisor' ||
      handoff.status === 'callback' ||
      (handoff.status === 'waiting' && mayTake({ ...agent, available: true }, handoff, now, team));
    if (!allowed) throw notYours();
    await this.audit(agent, 'handoff.view', handoff);
    const { words } = this.deps;
    const language = agent.consoleLanguage;
    const { packet } = handoff;
    const coordinator = packet.preferredAgentId ? await this.deps.stores.agents.find(packet.preferredAgentId) : undefined;
    const suggestions = [1, 2, 3].map((n) => `suggest.${packet.reason}.${n}`);
    return {
      ...this.item(agent, handoff, now, team),
      status: handoff.status,
      agentId: handoff.agentId,
      summary: { heading: words.t(language, 'summary.heading'), lines: summaryLines(words, language, handoff, coordinator?.name) },
      transcript: packet.transcript.map((line) => ({ from: line.from, text: line.text, at: line.at.toISOString() })),
      suggestions: suggestions.map((key) => ({ text: words.t(language, key), memberText: words.t(packet.language, key) })),
      memberAvailable: packet.member.verified,
    };
  }

  async member(agent: Agent, id: string) {
    const handoff = await this.own(agent, id, true);
    const member = handoff.packet.member.id ? await this.deps.stores.members.findById(handoff.packet.member.id) : undefined;
    if (!member) throw new NotFoundError('Verified member');
    await this.audit(agent, 'member.view', handoff);
    return { fields: memberFields(this.deps.words, agent.consoleLanguage, member) };
  }

  async reply(agent: Agent, id: string, text: string): Promise<{ delivered: boolean }> {
    const handoff = await this.own(agent, id);
    await this.deps.stores.handoffs.append(id, { from: 'agent', text, at: this.deps.clock.now() });
    await this.audit(agent, 'handoff.reply', handoff);
    const delivered = await this.tellMember(handoff, AGENT_MESSAGE, { agentName: firstName(agent), text } satisfies AgentMessageValue);
    this.changed(id);
    return { delivered };
  }

  /** Hands the member back to the assistant (no survey), or ends the chat (the survey starts). */
  async finish(agent: Agent, id: string, how: 'return' | 'end'): Promise<void> {
    const handoff = await this.own(agent, id);
    await this.deps.stores.handoffs.close(id, 'ended', this.deps.clock.now());
    await this.audit(agent, how === 'return' ? 'handoff.return' : 'handoff.end', handoff);
    await this.tellMember(handoff, HANDOFF_STATUS, { state: 'completed', returnToAssistant: how === 'return' } satisfies HandoffStatusValue);
    this.changed(id);
  }

  /** A call-back request is done: someone called the member. */
  async markCalled(agent: Agent, id: string): Promise<void> {
    const handoff = await this.find(id);
    if (handoff.status !== 'callback') throw ended();
    await this.deps.stores.handoffs.close(id, 'ended', this.deps.clock.now());
    await this.audit(agent, 'handoff.end', handoff);
    this.changed(id);
  }

  private item(agent: Agent, handoff: Handoff, now: Date, team: Agent[]) {
    const { words } = this.deps;
    const language = agent.consoleLanguage;
    const { packet } = handoff;
    return {
      id: handoff.id,
      status: handoff.status,
      language: packet.language,
      languageName: words.languageName(language, packet.language),
      channel: packet.channel,
      channelName: words.code(language, 'channel', packet.channel),
      reason: packet.reason,
      reasonText: words.code(language, 'reason', packet.reason),
      urgent: packet.urgency === 'urgent',
      createdAt: handoff.createdAt.toISOString(),
      offeredUntil: handoff.offeredUntil?.toISOString(),
      offeredToYou: packet.preferredAgentId === agent.id,
      canTake: mayTake(agent, handoff, now, team),
    };
  }

  private async find(id: string): Promise<Handoff> {
    const handoff = await this.deps.stores.handoffs.find(id);
    if (!handoff) throw new NotFoundError('Handoff');
    return handoff;
  }

  /** The agent's own conversation, still going (or, for details, one a supervisor looks into). */
  private async own(agent: Agent, id: string, supervisorMay = false): Promise<Handoff> {
    const handoff = await this.find(id);
    const mine = handoff.agentId === agent.id && handoff.status === 'active';
    if (!mine && !(supervisorMay && agent.role === 'supervisor')) throw handoff.agentId === agent.id ? ended() : notYours();
    return handoff;
  }

  private audit(agent: Agent, action: AuditAction, handoff: Handoff): Promise<void> {
    return this.deps.stores.audit.record({ agentId: agent.id, action, handoffId: handoff.id, memberId: handoff.packet.member.id, at: this.deps.clock.now() });
  }

  private async tellMember(handoff: Handoff, name: string, value: object): Promise<boolean> {
    const delivered = await this.deps.delivery.deliver(handoff.conversation, { name, value });
    if (!delivered) this.deps.logger.warn({ channel: handoff.conversation.channelId, event: name }, 'the member could not be reached on their channel');
    return delivered;
  }

  private changed(id: string): void {
    this.deps.events.publish({ kind: 'handoff', id });
    this.deps.events.publish({ kind: 'queue' });
  }
}

function firstName(agent: Agent): string {
  return agent.name.split(' ')[0];
}
