import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Member } from '../../src/domain/member';
import type { MemberStore } from '../../src/ports/memberStore';
import type { Clock } from '../../src/ports/clock';

/** A verified member in this conversation, and when the member was last active. */
export interface Verification {
  memberId: string;
  lastSeen: string;
}

/** Verification lasts for the conversation only, and ends after this long without a message. */
export const VERIFICATION_IDLE_MS = 30 * 60 * 1000;

/** Who the member is, once verified in this conversation (SPEC §6 identity tiers). */
export class MemberSession {
  constructor(
    private readonly accessor: StatePropertyAccessor<Verification | undefined>,
    private readonly members: MemberStore,
    private readonly clock: Clock,
  ) {}

  /** The verified member, or undefined when nobody is verified or the verification went idle. */
  async current(context: TurnContext): Promise<Member | undefined> {
    const verification = await this.accessor.get(context);
    if (!verification) return undefined;
    const now = this.clock.now();
    if (now.getTime() - new Date(verification.lastSeen).getTime() > VERIFICATION_IDLE_MS) {
      await this.accessor.delete(context);
      return undefined;
    }
    await this.accessor.set(context, { ...verification, lastSeen: now.toISOString() });
    return this.members.findById(verification.memberId);
  }

  async verify(context: TurnContext, member: Member): Promise<void> {
    await this.accessor.set(context, { memberId: member.id, lastSeen: this.clock.now().toISOString() });
  }
}
