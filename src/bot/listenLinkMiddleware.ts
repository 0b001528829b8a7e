import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { SpeechLinks } from '../speech/speechLinks';

/** Channels whose page shows a "listen" button on every message (the member web chat). */
const LISTEN_BUTTON_CHANNELS = new Set(['directline', 'webchat']);

/** Adds `channelData.listen`, a signed link to the message's audio, to messages for channels with a listen button. */
export class ListenLinkMiddleware implements Middleware {
  constructor(private readonly links: SpeechLinks) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (ctx, activities, send) => {
      if (LISTEN_BUTTON_CHANNELS.has(ctx.activity.channelId)) {
        for (const activity of activities) {
          if (activity.type !== ActivityTypes.Message || !activity.speak) continue;
          activity.channelData = { ...(activity.channelData as object | undefined), listen: this.links.link(activity.speak) };
        }
      }
      return send();
    });
    await next();
  }
}
