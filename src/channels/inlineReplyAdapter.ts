import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { AppError } from '../domain/errors';
import type { TurnLogic } from '../bot/turnLogic';

const REPLIES = Symbol('carebridge.inlineReplies');

/** Delivers messages the bot sends outside a member's request (reminders, an agent's reply). */
export type ProactiveDelivery = (reference: Partial<ConversationReference>, activities: Partial<Activity>[]) => Promise<void>;

/**
 * The bot side of a channel that answers in the HTTP response of the member's own request (SMS
 * and voice webhooks answer with TwiML): a turn's messages are collected and returned to the
 * channel. Messages sent outside a request go to `proactive`, when the channel has such a way.
 */
export class InlineReplyAdapter extends BotAdapter {
  constructor(
    readonly channelId: string,
    private readonly proactive?: ProactiveDelivery,
  ) {
    super();
  }

  /** Runs one incoming activity through the middleware and the bot; returns the messages of the turn. */
  async processActivity(activity: Partial<Activity>, logic: TurnLogic): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, { ...activity, channelId: this.channelId } as Activity);
    const replies: Partial<Activity>[] = [];
    context.turnState.set(REPLIES, replies);
    await this.runMiddleware(context, logic);
    return replies;
  }

  /** Runs an activity the member did not send (a person's words): its messages go out the proactive way. */
  async runProactive(activity: Activity, logic: TurnLogic): Promise<void> {
    await this.runMiddleware(new TurnContext(this, { ...activity, channelId: this.channelId }), logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const messages = activities.filter((a) => a.type === ActivityTypes.Message);
    const replies = context.turnState.get(REPLIES) as Partial<Activity>[] | undefined;
    if (replies) replies.push(...messages);
    else if (this.proactive && messages.length > 0) await this.proactive(TurnContext.getConversationReference(context.activity), messages);
    return activities.map(() => ({ id: '' }));
  }

  async updateActivity(): Promise<void> {
    throw new AppError('channel.unsupported', `${this.channelId} messages cannot be changed once sent`, 400);
  }

  async deleteActivity(): Promise<void> {
    throw new AppError('channel.unsupported', `${this.channelId} messages cannot be deleted once sent`, 400);
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'ContinueConversation', channelId: this.channelId }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
