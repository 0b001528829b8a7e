import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity } from 'botbuilder';
import type { ConversationRef } from '../domain/handoff';
import type { MemberDelivery } from '../ports/memberDelivery';
import type { TurnLock } from '../ports/turnLock';
import type { Clock } from '../ports/clock';
import type { TurnLogic } from '../bot/turnLogic';

/** Runs one turn on a channel's adapter; what the bot says goes to the member the way that channel sends. */
export type ChannelTurn = (activity: Activity, logic: TurnLogic) => Promise<unknown>;

/**
 * Delivers events to members on the channel their conversation is on (Direct Line: the durable
 * queue their web chat reads; SMS: texts through the SMS port), one turn at a time per conversation.
 */
export class ChannelDelivery implements MemberDelivery {
  constructor(
    private readonly channels: Record<string, ChannelTurn>,
    private readonly logic: TurnLogic,
    private readonly lock: TurnLock,
    private readonly clock: Clock,
  ) {}

  async deliver(conversation: ConversationRef, event: Pick<Activity, 'name' | 'value'>): Promise<boolean> {
    const turn = this.channels[conversation.channelId];
    if (!turn) return false;
    const activity = {
      type: ActivityTypes.Event,
      id: randomUUID(),
      timestamp: this.clock.now(),
      channelId: conversation.channelId,
      serviceUrl: '',
      conversation: { id: conversation.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: conversation.userId, name: 'member', role: 'user' },
      recipient: { id: 'carebridge', name: 'Carebridge', role: 'bot' },
      ...(conversation.phone ? { channelData: { callerPhone: conversation.phone } } : {}),
      ...event,
    } as Activity;
    await this.lock.run(conversation.conversationId, () => turn(activity, this.logic));
    return true;
  }
}
