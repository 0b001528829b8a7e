import type { TurnContext } from 'botbuilder';
import type { Member } from '../../src/domain/member';

/** Whose screening this is: the verified member, or else the person writing on this channel. */
export function screeningSubject(context: TurnContext, member: Member | undefined): string {
  return member ? member.id : `user:${context.activity.channelId}:${context.activity.from.id}`;
}
