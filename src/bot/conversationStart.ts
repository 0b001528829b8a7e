import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { toLanguage, type Language } from '../domain/language';

const startChannelData = z.object({ languagePicked: z.literal(true) }).passthrough();

/**
 * The language a member picked before the conversation began (the member page's picker or
 * `?lang=`), carried on the `conversationUpdate` as its `locale` with `channelData.languagePicked`.
 */
export function languagePickedOnStart(activity: Activity): Language | undefined {
  if (!startChannelData.safeParse(activity.channelData).success) return undefined;
  return toLanguage(activity.locale);
}
