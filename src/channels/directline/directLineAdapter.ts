import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { DirectLineStore } from '../../ports/directLineStore';
import type { ConversationEvents } from '../../ports/conversationEvents';
import type { Clock } from '../../ports/clock';
import { AppError } from '../../domain/errors';

export const DIRECT_LINE_CHANNEL_ID = 'directline';

export type { TurnLogic } from '../../bot/turnLogic';
import type { TurnLogic } from '../../bot/turnLogic';

/**
 * The bot side of the built-in Direct Line: turns run in process, and replies (also proactive
 * ones through `continueConversation`) are appended to the conversation's durable queue, with
 * no HTTP hop to a connector.
 */
export class DirectLineAdapter extends BotAdapter {
  constructor(
    private readonly store: DirectLineStore,
    private readonly events: ConversationEvents,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** Runs one incoming activity through the middleware and the bot. */
  async processActivity(activity: Activity, logic: TurnLogic): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation.id;
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, typeof activity.value === 'number' ? activity.value : 1000));
        responses.push({ id: '' });
      } else if (activity.type === ActivityTypes.Typing) {
        this.events.publish(conversationId, { ephemeral: this.stamp(activity) as Activity });
        responses.push({ id: '' });
      } else if (activity.type === ActivityTypes.InvokeResponse || activity.type === ActivityTypes.Trace) {
        responses.push({ id: '' });
      } else {
        const stored = await this.store.appendActivity(conversationId, this.stamp(activity));
        this.events.publish(conversationId, { stored });
        responses.push({ id: stored.activity.id ?? '' });
      }
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new AppError('directline.unsupported', 'Direct Line conversations do not support updating activities', 400);
  }

  async deleteActivity(): Promise<void> {
    throw new AppError('directline.unsupported', 'Direct Line conversations do not support deleting activities', 400);
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'ContinueConversation', channelId: DIRECT_LINE_CHANNEL_ID },
      reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  private stamp(activity: Partial<Activity>): Partial<Activity> {
    const { serviceUrl: _serviceUrl, ...rest } = activity;
    return { ...rest, channelId: DIRECT_LINE_CHANNEL_ID, timestamp: this.clock.now() };
  }
}
