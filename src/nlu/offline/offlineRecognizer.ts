import { intentNames, type IntentName } from '../../domain/intents';
import { languages, type Language } from '../../domain/language';
import type { IntentRecognizer, Recognition, RecognitionContext } from '../../ports/intentRecognizer';
import type { LanguageNames } from '../lexicon';
import { toUtterance } from '../phraseMatcher';
import { extractFeatures } from './features';
import { SoftmaxClassifier, type Example } from './softmaxClassifier';
import { EntityExtractor } from './entityExtractor';
import type { TrainingData } from './trainingData';

/** A different language is believed only for a message this long, and this sure. */
const MIN_WORDS_TO_SWITCH = 3;
const MIN_LANGUAGE_CONFIDENCE = 0.8;

/**
 * The offline recognizer: one intent model over the training phrases of all nine languages
 * (so code-switched messages borrow from both sides), one language model over the same phrases,
 * and entity word lists. Trained at start in well under a second.
 */
export class OfflineRecognizer implements IntentRecognizer {
  private readonly intents: SoftmaxClassifier<IntentName>;
  private readonly languageModel: SoftmaxClassifier<Language>;
  private readonly entities: EntityExtractor;

  constructor(training: Record<Language, TrainingData>, languageNames: LanguageNames) {
    const intentExamples: Example<IntentName>[] = [];
    const languageExamples: Example<Language>[] = [];
    for (const lng of languages) {
      for (const intent of intentNames) {
        for (const phrase of training[lng].intents[intent]) {
          const features = extractFeatures(phrase);
          intentExamples.push({ features, label: intent });
          languageExamples.push({ features, label: lng });
        }
      }
    }
    this.intents = SoftmaxClassifier.train(intentNames, intentExamples);
    this.languageModel = SoftmaxClassifier.train(languages, languageExamples, { epochs: 6 });
    this.entities = new EntityExtractor(training, languageNames);
  }

  async recognize(text: string, context: RecognitionContext = {}): Promise<Recognition> {
    return this.recognizeNow(text, context);
  }

  /** The same as `recognize`, without the promise (for benchmarks and the bot's hot path). */
  recognizeNow(text: string, context: RecognitionContext = {}): Recognition {
    const features = extractFeatures(text);
    const ranked = this.intents.predict(features);
    const [top, ...rest] = ranked;
    const { locale, written } = this.language(text, features, context.language);
    return {
      locale,
      intent: { name: top.label, confidence: round(top.probability) },
      alternatives: rest.slice(0, 3).map((p) => ({ name: p.label, confidence: round(p.probability) })),
      entities: this.entities.extract(toUtterance(text), context.language ? [written, context.language] : [written]),
    };
  }

  /**
   * The language the message looks written in, and the one to answer in: a short or unsure guess
   * never overrides the member's own.
   */
  private language(text: string, features: string[], stored?: Language): { locale: Language; written: Language } {
    const [best] = this.languageModel.predict(features);
    if (!stored) return { locale: best.label, written: best.label };
    const words = text.trim().split(/\s+/).length;
    const unspaced = /[\p{Script=Han}\p{Script=Hangul}]/u.test(text);
    const longEnough = unspaced ? text.replace(/\s/g, '').length >= 4 : words >= MIN_WORDS_TO_SWITCH;
    const locale = longEnough && best.probability >= MIN_LANGUAGE_CONFIDENCE ? best.label : stored;
    return { locale, written: best.label };
  }
}

const round = (p: number) => Math.round(p * 1000) / 1000;
