import { ActivityHandler } from 'botbuilder';
import { serveBot } from './botServer';

/** The bare botbuilder echo bot SPEC §13 measures against: no state, one reply per message. */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(context.activity.text ?? '');
      await next();
    });
  }
}

if (require.main === module) void serveBot(new EchoBot());
