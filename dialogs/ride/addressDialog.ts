import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Address } from '../../src/domain/member';
import type { TripDistance } from '../../src/ports/tripDistance';
import type { Replies } from '../shared/replies';
import { ask, notAnswered } from '../shared/stepReplies';
import { ADDRESS_DIALOG } from '../shared/dialogIds';
import { readStreet, readZip } from './addressInput';

export { ADDRESS_DIALOG };

export interface AddressOptions {
  /** The first question: where the visit is, or where to pick the member up. */
  question: 'rides:visit.askStreet' | 'rides:address.askStreet';
}

export interface AddressResult {
  address: Address;
}

interface AddressState {
  step: 'street' | 'zip';
  question: AddressOptions['question'];
  street?: string;
}

/** A street address in two plain questions: the street line, then the ZIP code (which must be in the service area). */
export class AddressDialog extends Dialog<AddressOptions> {
  constructor(
    private readonly replies: Replies,
    private readonly distance: TripDistance,
  ) {
    super(ADDRESS_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: AddressOptions): Promise<DialogTurnResult> {
    const question = options?.question ?? 'rides:address.askStreet';
    Object.assign(dc.activeDialog!.state, { step: 'street', question } satisfies AddressState);
    return ask(dc, this.replies, [question]);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as AddressState;
    const text = dc.context.activity.text ?? '';
    if (state.step === 'street') {
      const street = readStreet(text);
      if (!street) return notAnswered(dc, this.replies, [state.question]);
      Object.assign(state, { step: 'zip', street } satisfies Partial<AddressState>);
      return ask(dc, this.replies, ['rides:address.askZip']);
    }
    const address = readZip(text, state.street ?? '', this.distance);
    if (!address) return notAnswered(dc, this.replies, ['rides:address.zipUnknown', 'rides:address.askZip']);
    return dc.endDialog({ address } satisfies AddressResult);
  }
}
