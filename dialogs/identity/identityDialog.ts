import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { MemberStore } from '../../src/ports/memberStore';
import type { VerificationStore } from '../../src/ports/verificationStore';
import type { Clock } from '../../src/ports/clock';
import { parseBirthDate } from '../../src/nlu/dates/parseBirthDate';
import type { Replies } from '../shared/replies';
import type { MemberSession } from '../shared/memberSession';
import type { OutcomeRecorder } from '../shared/outcomes';
import { turnLanguage } from '../shared/turnKeys';
import { IDENTITY_DIALOG } from '../shared/dialogIds';
import { callerPhone } from './callerPhone';
import { offerPerson } from '../shared/journal';

export { IDENTITY_DIALOG };

/** SPEC §6: three failed checks lock verification for fifteen minutes. */
export const MAX_FAILURES = 3;
export const LOCK_MINUTES = 15;

export interface IdentityResult {
  verified: boolean;
}

interface IdentityState {
  step: 'id' | 'birthDate';
  memberId?: string;
  /** True when the phone on file was the first factor (SMS and voice). */
  byPhone: boolean;
}

export interface IdentityDeps {
  replies: Replies;
  session: MemberSession;
  members: MemberStore;
  attempts: VerificationStore;
  outcomes: OutcomeRecorder;
  clock: Clock;
}

/**
 * Member ID and date of birth (or, on SMS and voice, the phone on file and the date of birth).
 * No message says which part was wrong; three failures lock the check and offer a person.
 */
export class IdentityDialog extends Dialog {
  constructor(private readonly deps: IdentityDeps) {
    super(IDENTITY_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (await this.deps.session.current(dc.context)) return dc.endDialog({ verified: true } satisfies IdentityResult);
    if (await this.isLocked(userSubject(dc.context))) return this.lockedOut(dc);
    const phone = callerPhone(dc.context.activity);
    const byPhone = phone ? await this.deps.members.findByPhone(phone) : undefined;
    const state: IdentityState = byPhone ? { step: 'birthDate', memberId: byPhone.id, byPhone: true } : { step: 'id', byPhone: false };
    Object.assign(dc.activeDialog!.state, state);
    const lines = byPhone ? ['identity:why', 'identity:phoneFound', 'identity:askBirthDate'] : ['identity:why', 'identity:askId'];
    await this.say(dc, lines);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as IdentityState;
    const text = dc.context.activity.text ?? '';
    if (state.step === 'id') {
      const memberId = readMemberId(text);
      if (!memberId) return this.sayAndWait(dc, ['identity:idFormat', 'identity:askId']);
      if (await this.isLocked(memberSubject(memberId))) return this.lockedOut(dc);
      Object.assign(state, { step: 'birthDate', memberId });
      return this.sayAndWait(dc, ['identity:askBirthDate']);
    }
    const date = parseBirthDate(text, turnLanguage(dc.context), this.deps.clock.now());
    if (!date) return this.sayAndWait(dc, ['identity:dateFormat']);
    const member = state.memberId ? await this.deps.members.findById(state.memberId) : undefined;
    const typed = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    if (member && member.birthDate === typed) {
      await Promise.all([this.deps.attempts.clear(userSubject(dc.context)), this.deps.attempts.clear(memberSubject(member.id))]);
      await this.deps.session.verify(dc.context, member);
      await this.deps.outcomes.record(dc.context, 'identity.verified');
      await this.say(dc, [['identity:verified', { firstName: member.firstName }]]);
      return dc.endDialog({ verified: true } satisfies IdentityResult);
    }
    return this.failed(dc, state);
  }

  private async failed(dc: DialogContext, state: IdentityState): Promise<DialogTurnResult> {
    const now = this.deps.clock.now();
    const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    const subjects = [userSubject(dc.context), ...(state.memberId ? [memberSubject(state.memberId)] : [])];
    const records = await Promise.all(subjects.map((s) => this.deps.attempts.recordFailure(s, now, MAX_FAILURES, lockUntil)));
    if (records.some((r) => r.lockedUntil)) {
      await this.deps.outcomes.record(dc.context, 'identity.locked');
      return this.lockedOut(dc);
    }
    const next: IdentityState = state.byPhone ? state : { step: 'id', byPhone: false };
    Object.assign(dc.activeDialog!.state, next);
    return this.sayAndWait(dc, ['identity:noMatch', state.byPhone ? 'identity:askBirthDate' : 'identity:askId']);
  }

  private async lockedOut(dc: DialogContext): Promise<DialogTurnResult> {
    offerPerson(dc.context, { reason: 'identityLocked', urgency: 'normal' });
    await this.say(dc, [['identity:locked', { minutes: LOCK_MINUTES }], 'identity:lockedPerson', 'person.offer']);
    return dc.endDialog({ verified: false } satisfies IdentityResult);
  }

  private async isLocked(subject: string): Promise<boolean> {
    const { lockedUntil } = await this.deps.attempts.get(subject);
    return Boolean(lockedUntil && lockedUntil > this.deps.clock.now());
  }

  private async sayAndWait(dc: DialogContext, lines: Parameters<Replies['message']>[1]): Promise<DialogTurnResult> {
    await this.say(dc, lines);
    return Dialog.EndOfTurn;
  }

  private async say(dc: DialogContext, lines: Parameters<Replies['message']>[1]): Promise<void> {
    await dc.context.sendActivity(this.deps.replies.message(dc.context, lines));
  }
}

/** "m 1000-0001" → "M10000001"; undefined when it cannot be a member ID. */
export function readMemberId(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s\-_.#]/g, '');
  return /^[A-Z]\d{8}$/.test(compact) ? compact : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const userSubject = (context: TurnContext) => `user:${context.activity.channelId}:${context.activity.from?.id ?? 'unknown'}`;
const memberSubject = (memberId: string) => `member:${memberId}`;
