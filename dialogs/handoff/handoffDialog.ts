import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { HandoffPacket, HandoffReason } from '../../src/domain/handoff';
import { AGENT_MESSAGE, HANDOFF_STATUS, agentMessageSchema, handoffStatusSchema, type HandoffStatusValue } from '../../src/domain/handoffEvents';
import type { HandoffHub, HandoffTicket } from '../../src/ports/handoffHub';
import type { Clock } from '../../src/ports/clock';
import type { Line, MenuItem, Replies } from '../shared/replies';
import type { MemberSession } from '../shared/memberSession';
import type { OutcomeRecorder } from '../shared/outcomes';
import type { Journal } from '../shared/journal';
import { turnInterpretation } from '../shared/turnKeys';
import { globalCommandOf } from '../shared/intentRouting';
import { menuChoice } from '../shared/menuChoice';
import { HANDOFF_DIALOG, MAIN_MENU_DIALOG, SURVEY_DIALOG } from '../shared/dialogIds';
import { buildPacket, conversationOf } from './handoffPacket';
import { readPhone } from './readPhone';
import { screeningSubject } from '../social/screeningSubject';
import type { SocialScreenings } from '../../src/ports/socialScreenings';
import type { SurveyOptions } from '../feedback/surveyDialog';

export { HANDOFF_DIALOG };

export interface HandoffOptions {
  reason: HandoffReason;
  urgency: 'urgent' | 'normal';
  /** The dialogs the member was in, innermost last. */
  pending: string[];
  pendingBooking?: Record<string, unknown>;
  /** Lines said first ("I am sorry about this"). */
  lines?: Line[];
}

export interface HandoffDeps {
  replies: Replies;
  screenings: SocialScreenings;
  session: MemberSession;
  journal: Journal;
  hub: HandoffHub;
  outcomes: OutcomeRecorder;
  clock: Clock;
}

type Phase = 'waiting' | 'withPerson' | 'external' | 'offerCallback' | 'callbackPhone';

interface HandoffState {
  phase: Phase;
  packet: HandoffPacket;
  handoffId?: string;
  place?: number;
  /** The member was told once that the person sees what they write. */
  toldRelayed?: boolean;
}

const CALL_ME = 1;
const callbackItems: MenuItem[] = [
  { number: 1, label: 'handoff:closed.yes' },
  { number: 2, label: 'handoff:closed.no' },
];

/**
 * The warm handoff (SPEC §9): the packet goes to the hub; the member hears their place and wait, may
 * keep writing (the person sees it) or ask for a call-back; the person's words and the hub's
 * `handoff.status` events come back here. Ending starts the survey; handing back shows the menu.
 */
export class HandoffDialog extends Dialog<HandoffOptions> {
  constructor(private readonly deps: HandoffDeps) {
    super(HANDOFF_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: HandoffOptions): Promise<DialogTurnResult> {
    const opts = options ?? { reason: 'asked', urgency: 'normal', pending: [] };
    const member = await this.deps.session.current(dc.context);
    const journal = await this.deps.journal.read(dc.context);
    const screening = await this.deps.screenings.get(screeningSubject(dc.context, member));
    const packet = buildPacket(dc.context, { ...opts, member, journal, social: screening?.needs ?? [] });
    await this.deps.outcomes.record(dc.context, 'handoff.requested', opts.reason);
    const ticket = await this.deps.hub.request(dc.context, packet, conversationOf(dc.context));
    return this.answerTicket(dc, ticket, packet, opts.lines ?? []);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as HandoffState;
    const { activity } = dc.context;
    if (activity.type === ActivityTypes.Event) return this.onHubEvent(dc, state);
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    switch (state.phase) {
      case 'offerCallback':
        return this.onCallbackAnswer(dc, state);
      case 'callbackPhone':
        return this.onCallbackPhone(dc, state);
      default:
        return this.onMemberWrote(dc, state);
    }
  }

  /** The member started over while in line: they leave it, so no person waits for them in vain. */
  override async endDialog(_context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    const state = instance.state as HandoffState;
    if (reason === DialogReason.cancelCalled && state.handoffId && (state.phase === 'waiting' || state.phase === 'withPerson')) {
      await this.deps.hub.leave(state.handoffId);
    }
  }

  private async answerTicket(dc: DialogContext, ticket: HandoffTicket, packet: HandoffPacket, lines: Line[]): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as HandoffState;
    state.packet = packet;
    switch (ticket.kind) {
      case 'queued':
        Object.assign(state, { phase: 'waiting', handoffId: ticket.handoffId, place: ticket.place });
        await dc.context.sendActivity({
          ...this.deps.replies.message(dc.context, [...lines, 'handoff:queued.connecting', ...placeLines(ticket.place, ticket.waitMinutes), 'handoff:queued.keepWriting', 'handoff:queued.callback']),
          // Channels that cannot carry a chat with a person (a phone call) transfer the member instead.
          channelData: { carebridge: { handoff: ticket.handoffId } },
        });
        return Dialog.EndOfTurn;
      case 'external':
        state.phase = 'external';
        await dc.context.sendActivity(this.deps.replies.message(dc.context, [...lines, 'handoff:external.connecting']));
        return Dialog.EndOfTurn;
      case 'closed':
        state.phase = 'offerCallback';
        await dc.context.sendActivity(this.deps.replies.menu(dc.context, [...lines, `handoff:closed.${ticket.why}`, 'handoff:closed.offer'], callbackItems));
        return Dialog.EndOfTurn;
    }
  }

  private async onMemberWrote(dc: DialogContext, state: HandoffState): Promise<DialogTurnResult> {
    const text = dc.context.activity.text ?? '';
    const meaning = turnInterpretation(dc.context);
    if (state.phase === 'waiting' && meaning.kind === 'choice' && meaning.number === CALL_ME) return this.askCallback(dc, state);
    if (state.phase === 'waiting' && globalCommandOf(meaning) === 'agent') {
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['handoff:queued.still', 'handoff:queued.callback']));
      return Dialog.EndOfTurn;
    }
    if (state.handoffId) await this.deps.hub.memberWrote(state.handoffId, { from: 'member', text: text.slice(0, 4000), at: this.deps.clock.now() });
    if (state.phase === 'waiting' && !state.toldRelayed && meaning.kind !== 'safetyAnswered') {
      state.toldRelayed = true;
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['handoff:queued.relayed']));
    }
    return Dialog.EndOfTurn;
  }

  private async askCallback(dc: DialogContext, state: HandoffState): Promise<DialogTurnResult> {
    const phone = conversationOf(dc.context).phone ?? (await this.deps.session.current(dc.context))?.phone;
    if (phone) return this.bookCallback(dc, state, phone);
    state.phase = 'callbackPhone';
    await dc.context.sendActivity(this.deps.replies.message(dc.context, ['handoff:callback.askPhone']));
    return Dialog.EndOfTurn;
  }

  private async onCallbackAnswer(dc: DialogContext, state: HandoffState): Promise<DialogTurnResult> {
    const choice = menuChoice(dc.context, callbackItems, this.deps.replies, true);
    if (choice === CALL_ME) return this.askCallback(dc, state);
    if (choice === undefined) {
      await dc.context.sendActivity(this.deps.replies.menu(dc.context, ['notUnderstood.first', 'handoff:closed.offer'], callbackItems));
      return Dialog.EndOfTurn;
    }
    return dc.replaceDialog(MAIN_MENU_DIALOG, { lines: ['handoff:callback.declined'] });
  }

  private async onCallbackPhone(dc: DialogContext, state: HandoffState): Promise<DialogTurnResult> {
    const phone = readPhone(dc.context.activity.text ?? '');
    if (!phone) {
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['handoff:callback.badPhone']));
      return Dialog.EndOfTurn;
    }
    return this.bookCallback(dc, state, phone);
  }

  private async bookCallback(dc: DialogContext, state: HandoffState, phone: string): Promise<DialogTurnResult> {
    await this.deps.hub.callBack(state.packet, conversationOf(dc.context), phone, state.handoffId);
    await this.deps.outcomes.record(dc.context, 'callback.requested', state.packet.reason);
    await dc.context.sendActivity(this.deps.replies.message(dc.context, [['handoff:callback.booked', { last4: phone.slice(-4) }], 'person.hours']));
    return dc.endDialog();
  }

  private async onHubEvent(dc: DialogContext, state: HandoffState): Promise<DialogTurnResult> {
    const { name, value } = dc.context.activity;
    if (name === AGENT_MESSAGE) {
      const message = agentMessageSchema.safeParse(value);
      if (message.success) await dc.context.sendActivity(this.deps.replies.message(dc.context, [['handoff:agentSays', { name: message.data.agentName, text: message.data.text }]]));
      return Dialog.EndOfTurn;
    }
    const status = name === HANDOFF_STATUS ? handoffStatusSchema.safeParse(value) : undefined;
    if (!status?.success) return Dialog.EndOfTurn;
    return this.onStatus(dc, state, status.data);
  }

  private async onStatus(dc: DialogContext, state: HandoffState, status: HandoffStatusValue): Promise<DialogTurnResult> {
    const name = status.agentName ?? '';
    switch (status.state) {
      case 'accepted':
        state.phase = 'withPerson';
        await dc.context.sendActivity(this.deps.replies.message(dc.context, [name ? ['handoff:accepted', { name }] : 'handoff:acceptedNoName']));
        return Dialog.EndOfTurn;
      case 'failed':
        await dc.context.sendActivity(this.deps.replies.message(dc.context, ['handoff:failed', 'person.call', 'person.hours']));
        return dc.endDialog();
      case 'completed':
        if (status.returnToAssistant) return dc.replaceDialog(MAIN_MENU_DIALOG, { lines: ['handoff:returned'] });
        return dc.replaceDialog(SURVEY_DIALOG, { handoffId: state.handoffId, reason: state.packet.reason } satisfies SurveyOptions);
    }
  }
}

/** "You are next in line. The wait is about 3 minutes." */
function placeLines(place: number, minutes: number): Line[] {
  return [place <= 1 ? 'handoff:queued.next' : ['handoff:queued.place', { count: place }], ['handoff:queued.wait', { count: minutes }]];
}
