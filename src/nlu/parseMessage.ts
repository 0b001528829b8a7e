import type { Entity, IntentName } from '../domain/intents';
import type { Language } from '../domain/language';
import type { IntentRecognizer } from '../ports/intentRecognizer';
import type { SafetyScreen } from './safetyScreen';

/** The answer of `POST /api/nlu/parse` (SPEC §11). */
export interface ParseResult {
  locale: Language;
  intent: { name: IntentName; confidence: number };
  entities: Entity[];
}

/**
 * Understands one message the way the assistant does: the safety phrase screen first (it wins
 * whenever it fires), then the intent recognizer with its entities.
 */
export async function parseMessage(
  text: string,
  language: Language | undefined,
  nlu: { safety: SafetyScreen; recognizer: IntentRecognizer },
): Promise<ParseResult> {
  const recognition = await nlu.recognizer.recognize(text, { language });
  const finding = nlu.safety.screen(text, language ?? recognition.locale);
  if (finding) {
    const name: IntentName = finding.crisis ? 'safety.crisis' : 'safety.emergency';
    return { locale: language ?? finding.language, intent: { name, confidence: 1 }, entities: recognition.entities };
  }
  return { locale: recognition.locale, intent: recognition.intent, entities: recognition.entities };
}
