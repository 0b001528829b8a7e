import type { Entity, IntentName } from '../domain/intents';
import type { Language } from '../domain/language';

export interface Recognition {
  /** The language the message is in, as far as the recognizer can tell (the member's own when unsure). */
  locale: Language;
  intent: { name: IntentName; confidence: number };
  /** The next most likely intents, most likely first; used to ask a short clarifying question. */
  alternatives: Array<{ name: IntentName; confidence: number }>;
  entities: Entity[];
}

export interface RecognitionContext {
  /** The member's stored language, if any: short or ambiguous messages never flip it. */
  language?: Language;
}

/** Intent recognition: offline by default; a cloud recognizer can implement the same port. */
export interface IntentRecognizer {
  recognize(text: string, context?: RecognitionContext): Promise<Recognition>;
}
