import twilio from 'twilio';
import type { Activity } from 'botbuilder';
import { languageTraits, toLanguage, type Language } from '../../domain/language';
import { escapeXml, spokenParts, type SpokenPart } from '../../domain/ssml';
import type { SpeechLinks } from '../../speech/speechLinks';
import { voiceLanguages } from './voiceLanguages';

type VoiceResponse = twilio.twiml.VoiceResponse;
type Gather = ReturnType<VoiceResponse['gather']>;

/** Seconds of silence before `<Gather>` gives up and the call moves on to the silence step. */
const GATHER_TIMEOUT_SECONDS = 6;

export interface CallUrls {
  /** Where a member's answer goes. */
  answer: string;
  /** Where the call goes when the member said nothing. */
  silence: string;
}

/**
 * The TwiML of one turn (Rasa's rule): every message is spoken, only the last one inside
 * `<Gather>` so the member can answer while it plays; then, if nothing was heard, on to the
 * silence step. A part in a language with no `<Say>` voice is played from our own audio.
 */
export function turnTwiml(replies: Partial<Activity>[], language: Language, urls: CallUrls, links: SpeechLinks): string {
  const response = new twilio.twiml.VoiceResponse();
  const spoken = replies.map((r) => spokenParts(r.speak ?? r.text ?? ''));
  for (const parts of spoken.slice(0, -1)) for (const part of parts) speak(response, part, links);
  const { speech } = voiceLanguages[language];
  const gather = response.gather({
    input: speech ? ['speech', 'dtmf'] : ['dtmf'],
    ...(speech ? { language: speech, speechTimeout: 'auto' } : {}),
    action: urls.answer,
    method: 'POST',
    timeout: GATHER_TIMEOUT_SECONDS,
    actionOnEmptyResult: false,
  });
  for (const part of spoken.at(-1) ?? []) speak(gather, part, links);
  response.redirect({ method: 'POST' }, urls.silence);
  return response.toString();
}

/** Spoken lines, then a transfer to a person at the plan's number. */
export function transferTwiml(lines: string[], language: Language, phone: string, links: SpeechLinks): string {
  const response = new twilio.twiml.VoiceResponse();
  for (const text of lines) speak(response, { lang: languageTraits[language].tag, text }, links);
  response.dial(phone.replace(/[^\d+]/g, ''));
  return response.toString();
}

function speak(node: VoiceResponse | Gather, part: SpokenPart, links: SpeechLinks): void {
  const language = toLanguage(part.lang) ?? 'en';
  const say = voiceLanguages[language].say;
  if (say) node.say({ voice: say.voice, language: say.language }, part.text);
  else node.play(links.link(`<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${part.lang}">${escapeXml(part.text)}</speak>`));
}
