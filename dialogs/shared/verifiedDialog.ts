import { Dialog, DialogReason, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Member } from '../../src/domain/member';
import type { MemberSession } from './memberSession';
import type { IdentityResult } from '../identity/identityDialog';
import { IDENTITY_DIALOG } from './dialogIds';

/** What every verified dialog keeps: the options it was started with, and whether identity was checked. */
export interface VerifiedState<O> {
  options: O;
  verified?: boolean;
}

/**
 * A dialog about the member's own data (visits, rides): it checks identity first, and again if the
 * verification went idle in the middle (then it starts over with its first options, after the check).
 */
export abstract class VerifiedDialog<O extends object> extends Dialog<O> {
  protected constructor(
    id: string,
    private readonly session: MemberSession,
  ) {
    super(id);
  }

  /** Identity is checked: the first step. */
  protected abstract onVerified(dc: DialogContext, member: Member): Promise<DialogTurnResult>;

  /** The member answered the dialog's last question. */
  protected abstract onAnswer(dc: DialogContext, member: Member): Promise<DialogTurnResult>;

  /** A dialog this one started ended with `result`; by default this one ends with it too. */
  protected async onChildResult(dc: DialogContext, _member: Member, result: unknown): Promise<DialogTurnResult> {
    return dc.endDialog(result);
  }

  override async beginDialog(dc: DialogContext, options?: O): Promise<DialogTurnResult> {
    Object.assign(dc.activeDialog!.state, { options: options ?? {}, verified: false } satisfies VerifiedState<O | object>);
    return dc.beginDialog(IDENTITY_DIALOG);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const member = await this.session.current(dc.context);
    if (!member) return dc.replaceDialog(this.id, this.verifiedState(dc).options);
    return this.onAnswer(dc, member);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const state = this.verifiedState(dc);
    if (!state.verified) {
      const member = (result as IdentityResult | undefined)?.verified ? await this.session.current(dc.context) : undefined;
      if (!member) return dc.endDialog();
      state.verified = true;
      return this.onVerified(dc, member);
    }
    const member = await this.session.current(dc.context);
    return member ? this.onChildResult(dc, member, result) : dc.replaceDialog(this.id, state.options);
  }

  protected verifiedState(dc: DialogContext): VerifiedState<O> {
    return dc.activeDialog!.state as VerifiedState<O>;
  }
}
