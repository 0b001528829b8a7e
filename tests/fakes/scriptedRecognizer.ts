import type { IntentName } from '../../src/domain/intents';
import type { Language } from '../../src/domain/language';
import type { IntentRecognizer, Recognition } from '../../src/ports/intentRecognizer';

/**
 * A recognizer that answers from a script of messages, for dialog tests that need a particular
 * confidence (an unsure reading that calls for a clarifying question).
 */
export class ScriptedRecognizer implements IntentRecognizer {
  constructor(private readonly script: Record<string, Array<[IntentName, number]>>, private readonly locale: Language = 'en') {}

  async recognize(text: string): Promise<Recognition> {
    const [[name, confidence], ...rest] = this.script[text] ?? [['none', 0.9]];
    return {
      locale: this.locale,
      intent: { name, confidence },
      alternatives: rest.map(([n, c]) => ({ name: n, confidence: c })),
      entities: [],
    };
  }
}
