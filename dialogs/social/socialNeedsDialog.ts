import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { safetyQuestionOn, screeningNeeds, type ScreeningNeed } from '../../src/domain/socialNeeds';
import type { SocialScreenings } from '../../src/ports/socialScreenings';
import type { Clock } from '../../src/ports/clock';
import type { Line, MenuItem, Replies } from '../shared/replies';
import type { MemberSession } from '../shared/memberSession';
import type { OutcomeRecorder } from '../shared/outcomes';
import { menuChoice } from '../shared/menuChoice';
import { ask, notAnswered } from '../shared/stepReplies';
import { offerPerson } from '../shared/journal';
import { SOCIAL_NEEDS_DIALOG } from '../shared/dialogIds';
import { screeningSubject } from './screeningSubject';

export { SOCIAL_NEEDS_DIALOG };

export interface SocialNeedsOptions {
  /** Lines said first (a booking's confirmation, or "thank you for telling me"). */
  lines?: Line[];
  /** Offered after a booking: members screened or asked in the last year are not asked again. */
  afterBooking?: boolean;
}

export interface SocialNeedsDeps {
  replies: Replies;
  session: MemberSession;
  screenings: SocialScreenings;
  outcomes: OutcomeRecorder;
  clock: Clock;
}

type Step = 'consent' | ScreeningNeed | 'safetyFirst';

interface SocialNeedsState {
  step: Step;
  needs: ScreeningNeed[];
}

const YES = 1;
const yesNo: MenuItem[] = [
  { number: 1, label: 'social:yes' },
  { number: 2, label: 'social:no' },
];
/** The questions in order; safety last, and on SMS only after the member agrees to it. */
const questions: ScreeningNeed[] = screeningNeeds.filter((need) => need !== 'safety');
const ASK_AGAIN_AFTER_DAYS = 365;

/**
 * The short social-needs screening (SPEC §1): consent first, then yes-or-no questions on food,
 * housing, transport and bills, and safety at home where it is private enough to ask. Each yes
 * gives a plain next step (211, the plan's programs) and an offer of a person; the answers are kept
 * as flags on the member and reach a person's handoff summary.
 */
export class SocialNeedsDialog extends Dialog<SocialNeedsOptions> {
  constructor(private readonly deps: SocialNeedsDeps) {
    super(SOCIAL_NEEDS_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options: SocialNeedsOptions = {}): Promise<DialogTurnResult> {
    const lines = options.lines ?? [];
    if (options.afterBooking && (await this.askedRecently(dc))) {
      if (lines.length > 0) await dc.context.sendActivity(this.deps.replies.message(dc.context, lines));
      return dc.endDialog();
    }
    Object.assign(dc.activeDialog!.state, { step: 'consent', needs: [] } satisfies SocialNeedsState);
    return ask(dc, this.deps.replies, [...lines, 'social:offer.why', 'social:offer.ask'], yesNo);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as SocialNeedsState;
    const choice = menuChoice(dc.context, yesNo, this.deps.replies, true);
    if (choice === undefined) return notAnswered(dc, this.deps.replies, questionOf(state.step), yesNo);
    const yes = choice === YES;
    switch (state.step) {
      case 'consent':
        return yes ? this.next(dc, state, undefined) : this.declined(dc);
      case 'safetyFirst':
        return yes ? this.askAbout(dc, state, 'safety') : this.finish(dc, state);
      case 'safety':
        // "Do you feel safe where you live?": a no is the need.
        if (!yes) state.needs.push('safety');
        return this.finish(dc, state);
      default:
        if (yes) state.needs.push(state.step);
        return this.next(dc, state, state.step);
    }
  }

  private async next(dc: DialogContext, state: SocialNeedsState, after: ScreeningNeed | undefined): Promise<DialogTurnResult> {
    const following = questions[after ? questions.indexOf(after) + 1 : 0];
    if (following) return this.askAbout(dc, state, following, after ? [] : ['social:intro']);
    if (safetyQuestionOn(dc.context.activity.channelId) === 'ask') return this.askAbout(dc, state, 'safety');
    state.step = 'safetyFirst';
    return ask(dc, this.deps.replies, questionOf('safetyFirst'), yesNo);
  }

  private askAbout(dc: DialogContext, state: SocialNeedsState, need: ScreeningNeed, lead: Line[] = []): Promise<DialogTurnResult> {
    state.step = need;
    return ask(dc, this.deps.replies, [...lead, ...questionOf(need)], yesNo);
  }

  private async declined(dc: DialogContext): Promise<DialogTurnResult> {
    await this.deps.screenings.save(await this.subject(dc), { declined: true, needs: [], at: this.deps.clock.now() });
    await dc.context.sendActivity(this.deps.replies.message(dc.context, ['social:declined']));
    return dc.endDialog();
  }

  private async finish(dc: DialogContext, state: SocialNeedsState): Promise<DialogTurnResult> {
    const { needs } = state;
    await this.deps.screenings.save(await this.subject(dc), { declined: false, needs, at: this.deps.clock.now() });
    await this.deps.outcomes.record(dc.context, 'need.screened', needs.length > 0 ? needs.join('+') : 'none');
    for (const need of needs) await this.deps.outcomes.record(dc.context, 'need.referred', need);
    if (needs.length === 0) {
      await dc.context.sendActivity(this.deps.replies.message(dc.context, ['social:noNeeds']));
      return dc.endDialog();
    }
    offerPerson(dc.context, { reason: 'socialNeed', urgency: needs.includes('safety') ? 'urgent' : 'normal' });
    const steps: Line[] = needs.map((need) => `social:next.${need}`);
    await dc.context.sendActivity(this.deps.replies.message(dc.context, ['social:thanks', ...steps, 'social:call211', 'social:person']));
    return dc.endDialog();
  }

  private async askedRecently(dc: DialogContext): Promise<boolean> {
    const last = await this.deps.screenings.get(await this.subject(dc));
    return last !== undefined && this.deps.clock.now().getTime() - last.at.getTime() < ASK_AGAIN_AFTER_DAYS * 86_400_000;
  }

  private async subject(dc: DialogContext): Promise<string> {
    return screeningSubject(dc.context, await this.deps.session.current(dc.context));
  }
}

function questionOf(step: Step): Line[] {
  return step === 'consent' ? ['social:offer.ask'] : [`social:ask.${step}`];
}
