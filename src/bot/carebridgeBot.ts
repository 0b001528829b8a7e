import { ActivityHandler, type ConversationState, type TurnContext, type UserState } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { toLanguage, type Language } from '../domain/language';
import type { SafetyScreen } from '../nlu/safetyScreen';
import type { CommandInterpreter } from '../nlu/commandInterpreter';
import type { IntentRecognizer, Recognition } from '../ports/intentRecognizer';
import type { Interpretation } from '../nlu/interpretation';
import { isSafetyIntent } from '../domain/intents';
import { CONFIDENT } from '../../dialogs/shared/intentRouting';
import type { Replies } from '../../dialogs/shared/replies';
import type { LanguagePreference } from '../../dialogs/shared/languagePreference';
import { setTurnInterpretation, setTurnLanguage, turnLanguage } from '../../dialogs/shared/turnKeys';
import { ROOT_DIALOG, type RootDialog } from '../../dialogs/root/rootDialog';
import type { LastRepliesRecorder } from './lastReplies';
import { safetyLines } from './safetyReplies';
import { languagePickedOnStart } from './conversationStart';
import { noteForJournal, offerPerson } from '../../dialogs/shared/journal';
import type { OutcomeRecorder } from '../../dialogs/shared/outcomes';
import { AGENT_MESSAGE, HANDOFF_STATUS } from '../domain/handoffEvents';

const handoffEvents = new Set([HANDOFF_STATUS, AGENT_MESSAGE]);

/** The reading with the safety intents set aside (they have been answered already). */
function withoutSafety(recognition: Recognition): Recognition {
  const [intent, ...alternatives] = [recognition.intent, ...recognition.alternatives].filter((c) => !isSafetyIntent(c.name));
  return { ...recognition, intent: intent ?? { name: 'none', confidence: 0 }, alternatives };
}

export interface CarebridgeBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  replies: Replies;
  preference: LanguagePreference;
  /** The top of the conversation (dialogs/root), built with its own dependencies by the composition root. */
  root: RootDialog;
  safety: SafetyScreen;
  interpreter: CommandInterpreter;
  recognizer: IntentRecognizer;
  lastReplies: LastRepliesRecorder;
  outcomes: OutcomeRecorder;
}

/**
 * The bot core. Every message passes the safety screen first; then global words; then the
 * active dialog. Channels never reach in here except through botbuilder's adapters.
 */
export class CarebridgeBot extends ActivityHandler {
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: CarebridgeBotDeps) {
    super();
    this.dialogs = new DialogSet(deps.conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(deps.root);

    this.onTurn(async (context, next) => {
      const prefs = await deps.preference.get(context);
      setTurnLanguage(context, prefs.language ?? toLanguage(context.activity.locale) ?? 'en');
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (handoffEvents.has(context.activity.name ?? '')) await this.handleHandoffEvent(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (joined) await this.startConversation(context);
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = context.activity.text ?? '';
    const prefs = await this.deps.preference.get(context);
    const finding = this.deps.safety.screen(text, turnLanguage(context));
    if (finding) {
      if (!prefs.language) await this.deps.preference.infer(context, finding.language);
      offerPerson(context, { reason: 'safety', urgency: 'urgent' });
      await this.deps.outcomes.record(context, 'crisis.referral', finding.crisis ? 'crisis' : 'emergency');
      await context.sendActivity(this.deps.replies.message(context, safetyLines(finding)));
      // A person the member is with (or waiting for) must see it too; no other dialog takes it as an answer.
      setTurnInterpretation(context, { kind: 'safetyAnswered' });
      await (await this.dialogs.createContext(context)).continueDialog();
      return;
    }
    const meaning = await this.understand(text, context, prefs.language);
    setTurnInterpretation(context, meaning);
    if (meaning.kind === 'intent') {
      const { intent, locale } = meaning.recognition;
      if (intent.name !== 'none' && intent.confidence >= CONFIDENT) noteForJournal(context, 'wanted', intent.name);
      if (isSafetyIntent(intent.name)) {
        // The phrase screen did not fire but the classifier leans to a crisis or an emergency: say
        // where help is, gently (it may be wrong), then go on with what else the message may mean.
        if (intent.confidence >= CONFIDENT) {
          offerPerson(context, { reason: 'safety', urgency: 'urgent' });
          await this.deps.outcomes.record(context, 'crisis.referral', intent.name === 'safety.crisis' ? 'crisis' : 'emergency');
          const line = intent.name === 'safety.crisis' ? 'safety.check.crisis' : 'safety.check.emergency';
          await context.sendActivity(this.deps.replies.message(context, [line]));
        }
        setTurnInterpretation(context, { kind: 'intent', recognition: withoutSafety(meaning.recognition) });
      } else if (prefs.language && !prefs.languageChosen && locale !== prefs.language && intent.confidence >= CONFIDENT) {
        await this.deps.preference.infer(context, locale);
      }
    }
    if (meaning.kind === 'global' && meaning.command === 'repeat' && (await this.deps.lastReplies.repeat(context))) {
      return;
    }
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ROOT_DIALOG);
  }

  /** A hub's `handoff.status`, or a person's words for the member: the handoff dialog takes them. */
  private async handleHandoffEvent(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    await dc.continueDialog();
  }

  /** Numbers and global words first; anything else goes to the intent recognizer. */
  private async understand(text: string, context: TurnContext, stored: Language | undefined): Promise<Interpretation> {
    const meaning = this.deps.interpreter.interpret(text, turnLanguage(context));
    if (meaning.kind !== 'freeText' || text.trim() === '') return meaning;
    return { kind: 'intent', recognition: await this.deps.recognizer.recognize(text, { language: stored }) };
  }

  private async startConversation(context: TurnContext): Promise<void> {
    const picked = languagePickedOnStart(context.activity);
    if (picked) await this.deps.preference.choose(context, picked);
    const dc = await this.dialogs.createContext(context);
    await dc.cancelAllDialogs();
    await dc.beginDialog(ROOT_DIALOG);
  }
}
