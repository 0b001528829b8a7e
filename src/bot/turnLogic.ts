import type { TurnContext } from 'botbuilder';

/** What a channel calls for each turn: the bot's handler, without the channel knowing the bot. */
export type TurnLogic = (context: TurnContext) => Promise<void>;
