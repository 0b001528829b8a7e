import type twilio from 'twilio';
import type { Language } from '../../domain/language';

type SayAttributes = Exclude<Parameters<twilio.twiml.VoiceResponse['say']>[0], string>;
type GatherAttributes = NonNullable<Parameters<twilio.twiml.VoiceResponse['gather']>[0]>;

/** How the phone channel speaks and hears each language (Twilio `<Say>` voices and `<Gather>` speech languages). */
export interface VoiceLanguage {
  /** A Twilio `<Say>` voice; without one, the message is played from our own synthesized audio. */
  say?: Required<Pick<SayAttributes, 'voice' | 'language'>>;
  /** The `<Gather>` speech language; without one, the keypad only (SPEC §10). */
  speech?: GatherAttributes['language'];
}

export const voiceLanguages: Record<Language, VoiceLanguage> = {
  en: { say: { voice: 'Polly.Joanna-Neural', language: 'en-US' }, speech: 'en-US' },
  es: { say: { voice: 'Polly.Lupe-Neural', language: 'es-US' }, speech: 'es-US' },
  zh: { say: { voice: 'Polly.Zhiyu-Neural', language: 'cmn-CN' }, speech: 'cmn-Hans-CN' },
  vi: { say: { voice: 'Google.vi-VN-Standard-A', language: 'vi-VN' }, speech: 'vi-VN' },
  ko: { say: { voice: 'Polly.Seoyeon-Neural', language: 'ko-KR' }, speech: 'ko-KR' },
  tl: { say: { voice: 'Google.fil-PH-Standard-A', language: 'fil-PH' }, speech: 'fil-PH' },
  ru: { say: { voice: 'Polly.Tatyana', language: 'ru-RU' }, speech: 'ru-RU' },
  ar: { say: { voice: 'Polly.Zeina', language: 'arb' }, speech: 'ar-EG' },
  ht: {},
};
