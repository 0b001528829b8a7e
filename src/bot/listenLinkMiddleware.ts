import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { SpeechLinks } from '../speech/speechLinks';

/** Channels whose page shows a "listen" button on every message (the member web chat). */
const LISTEN_BUTTON_CHANNELS = new Set(['directline', 'webchat']);

/**
 * Adds `channelData.listenSignature` to messages for channels with a listen button: the page links
 * to the message's audio with its own `speak` and this signature (the SSML is not sent twice).
 */
export class ListenLinkMiddleware implements Middleware {
  constructor(private readonly links: SpeechLinks) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (ctx, activities, send) => {
      if (LISTEN_BUTTON_CHANNELS.has(ctx.activity.channelId)) {
        for (const activity of activities) {
          if (activity.type !== ActivityTypes.Message || !activity.speak) continue;
          activity.channelData = { ...(activity.channelData as object | undefined), listenSignature: this.links.signature(activity.speak) };
        }
      }
      return send();
    });
    await next();
  }
}
