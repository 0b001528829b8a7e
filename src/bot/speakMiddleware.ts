import { ActivityTypes, InputHints, type Middleware, type TurnContext } from 'botbuilder';
import { languageTraits } from '../domain/language';
import { turnLanguage } from '../../dialogs/shared/turnKeys';

import { escapeXml } from '../domain/ssml';

export { escapeXml };

/**
 * Gives every outgoing message a `speak` (SSML in the turn's language, text escaped) and an
 * `inputHint`, so listen buttons and voice channels always have something to say.
 */
export class SpeakMiddleware implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (ctx, activities, send) => {
      const lang = languageTraits[turnLanguage(ctx)].tag;
      for (const activity of activities) {
        if (activity.type !== ActivityTypes.Message || !activity.text) continue;
        activity.speak ??= `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${lang}">${escapeXml(activity.text)}</speak>`;
        activity.inputHint ??= activity.suggestedActions ? InputHints.ExpectingInput : InputHints.AcceptingInput;
      }
      return send();
    });
    await next();
  }
}
