import { ActivityHandler, ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState, type WaterfallStepContext } from 'botbuilder-dialogs';
import { serveBot } from './botServer';

const TWO_STEP = 'twoStep';
const WATERFALL = 'twoStepWaterfall';
const TEXT_PROMPT = 'textPrompt';

/** A 2-step waterfall as in the samples: ask (a text prompt), then answer and end. */
class TwoStepDialog extends ComponentDialog {
  constructor() {
    super(TWO_STEP);
    this.addDialog(new TextPrompt(TEXT_PROMPT));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.askStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async askStep(step: WaterfallStepContext) {
    return step.prompt(TEXT_PROMPT, `Step 1: you said ${step.context.activity.text ?? ''}. Say something else.`);
  }

  private async answerStep(step: WaterfallStepContext) {
    await step.context.sendActivity(`Step 2: you said ${String(step.result)}.`);
    return step.endDialog();
  }
}

/**
 * The "samples-shaped" bot of SPEC §13: conversation state in MemoryStorage, a dialog run on
 * each message, state saved at the end of the turn; every message gets exactly one reply.
 */
export class SamplesBot extends ActivityHandler {
  private readonly conversationState = new ConversationState(new MemoryStorage());
  private readonly dialogs = new DialogSet(this.conversationState.createProperty<DialogState>('dialogState'));

  constructor() {
    super();
    this.dialogs.add(new TwoStepDialog());
    this.onMessage(async (context, next) => {
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(TWO_STEP);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}

if (require.main === module) void serveBot(new SamplesBot());
