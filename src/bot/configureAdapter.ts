import { AutoSaveStateMiddleware, type BotAdapter, type ConversationState, type TurnContext, type UserState } from 'botbuilder';
import type { Logger } from '../ports/logger';
import type { Metrics } from '../metrics';
import type { Replies } from '../../dialogs/shared/replies';
import type { LastRepliesRecorder } from './lastReplies';
import type { JournalMiddleware } from './journalMiddleware';
import { SpeakMiddleware } from './speakMiddleware';
import { ListenLinkMiddleware } from './listenLinkMiddleware';
import type { SpeechLinks } from '../speech/speechLinks';
import { TurnMetricsMiddleware } from './turnMetricsMiddleware';

export interface AdapterPipelineDeps {
  conversationState: ConversationState;
  userState: UserState;
  replies: Replies;
  lastReplies: LastRepliesRecorder;
  /** What a person who takes over reads: the transcript, what was asked and done. */
  journal: JournalMiddleware;
  metrics: Metrics;
  logger: Logger;
  /** Signed links to each message's audio, for channels with a listen button. */
  listenLinks?: SpeechLinks;
}

/**
 * The same middleware and error handling for every adapter (Direct Line, Bot Framework, SMS,
 * voice): metrics, state saved at the end of each turn, "repeat" memory, the journal, speech markup.
 */
export function configureAdapter<A extends BotAdapter>(adapter: A, deps: AdapterPipelineDeps): A {
  adapter.use(new TurnMetricsMiddleware(deps.metrics));
  adapter.use(new AutoSaveStateMiddleware(deps.conversationState, deps.userState));
  adapter.use(deps.lastReplies);
  adapter.use(deps.journal);
  adapter.use(new SpeakMiddleware());
  if (deps.listenLinks) adapter.use(new ListenLinkMiddleware(deps.listenLinks));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const channel = context.activity.channelId ?? 'unknown';
    deps.metrics.errors.inc({ channel, kind: 'turn' });
    deps.logger.error(
      { err: { type: error.name, code: (error as { code?: string }).code, stack: error.stack }, channel, conversationId: context.activity.conversation?.id },
      'turn failed',
    );
    try {
      await context.sendActivity(deps.replies.message(context, ['error.turn']));
      await deps.conversationState.delete(context);
      await deps.conversationState.saveChanges(context, true);
    } catch (sendError) {
      deps.logger.error({ err: { type: (sendError as Error).name }, channel }, 'could not apologise after a failed turn');
    }
  };
  return adapter;
}
