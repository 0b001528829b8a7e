import type { Activity } from 'botbuilder';
import { z } from 'zod';

const callerSchema = z.object({ callerPhone: z.string().regex(/^\+1\d{10}$/) }).passthrough();

/**
 * Channels whose activities Carebridge builds itself from a carrier's webhook (the SMS and voice
 * channels put Twilio's verified `From` in `channelData.callerPhone`). Other channels pass the
 * client's channelData through, so a `callerPhone` there proves nothing.
 */
const channelsThatVouchForTheCaller = new Set(['sms', 'voice']);

/** The phone number the member is writing or calling from, when the channel vouches for it: the first factor there. */
export function callerPhone(activity: Activity): string | undefined {
  if (!channelsThatVouchForTheCaller.has(activity.channelId)) return undefined;
  const parsed = callerSchema.safeParse(activity.channelData);
  return parsed.success ? parsed.data.callerPhone : undefined;
}
