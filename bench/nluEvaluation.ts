import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { intentNameSchema, type IntentName } from '../src/domain/intents';
import { languageSchema, languages, type Language } from '../src/domain/language';
import { SafetyScreen } from '../src/nlu/safetyScreen';
import { OfflineRecognizer } from '../src/nlu/offline/offlineRecognizer';
import { loadProjectLexicons, trainProjectRecognizer } from '../src/nlu/nluFiles';
import { isSafetyIntent } from '../src/domain/intents';
import { CONFIDENT } from '../dialogs/shared/intentRouting';
import { loadTrainingData } from '../src/nlu/offline/trainingData';

const heldOutLine = z.object({
  locale: languageSchema,
  text: z.string().min(1),
  intent: intentNameSchema,
  style: z.string().default('plain'),
  entities: z.array(z.object({ type: z.string(), value: z.string() })).optional(),
});
export type HeldOutMessage = z.infer<typeof heldOutLine>;

/** The held-out messages (`tests/data/nlu-heldout.jsonl`), never used for training. */
export function readHeldOut(root: string): HeldOutMessage[] {
  return readFileSync(join(root, 'tests', 'data', 'nlu-heldout.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => heldOutLine.parse(JSON.parse(line)));
}

/** The offline NLU as the app builds it, and how long training took. */
export function buildNlu(root: string) {
  const started = process.hrtime.bigint();
  const lexicons = loadProjectLexicons(root);
  const recognizer = trainProjectRecognizer(root, lexicons.languageNames);
  const safety = new SafetyScreen(lexicons);
  return { recognizer, safety, buildMs: Number(process.hrtime.bigint() - started) / 1e6 };
}

export interface Outcome {
  message: HeldOutMessage;
  predicted: IntentName;
  correct: boolean;
  /** The assistant answers with the safety message (988 or 911) before anything else. */
  urgent: boolean;
}

/**
 * Reads every held-out message as the assistant does: the safety phrase screen first; then the
 * recognizer, whose safety intents count only when it is confident (otherwise its best other intent).
 */
export function evaluate(nlu: ReturnType<typeof buildNlu>, messages: HeldOutMessage[]): Outcome[] {
  return messages.map((message) => {
    const finding = nlu.safety.screen(message.text, message.locale);
    if (finding) {
      const predicted: IntentName = finding.crisis ? 'safety.crisis' : 'safety.emergency';
      return { message, predicted, correct: predicted === message.intent, urgent: true };
    }
    const { intent, alternatives } = nlu.recognizer.recognizeNow(message.text, { language: message.locale });
    const urgent = isSafetyIntent(intent.name) && intent.confidence >= CONFIDENT;
    const predicted = urgent ? intent.name : [intent, ...alternatives].find((c) => !isSafetyIntent(c.name))!.name;
    return { message, predicted, correct: predicted === message.intent, urgent };
  });
}

export function accuracyBy<K extends string>(outcomes: Outcome[], key: (o: Outcome) => K): Map<K, { correct: number; total: number }> {
  const table = new Map<K, { correct: number; total: number }>();
  for (const outcome of outcomes) {
    const row = table.get(key(outcome)) ?? { correct: 0, total: 0 };
    row.total++;
    if (outcome.correct) row.correct++;
    table.set(key(outcome), row);
  }
  return table;
}

/** The accuracy each language must reach on the held-out set (issue: NLU in nine languages). */
export const requiredAccuracy: Record<Language, number> = Object.fromEntries(
  languages.map((lng) => [lng, lng === 'en' || lng === 'es' ? 0.9 : 0.85]),
) as Record<Language, number>;

/**
 * k-fold cross-validation on the training phrases themselves: every k-th phrase of each intent
 * and language is held back in turn, the model is trained on the rest and scored on it. A figure
 * that does not depend on the held-out file.
 */
export function crossValidate(root: string, folds = 5): Map<Language, { correct: number; total: number }> {
  const lexicons = loadProjectLexicons(root);
  const training = loadTrainingData(join(root, 'src', 'nlu', 'training'));
  const table = new Map<Language, { correct: number; total: number }>(languages.map((l) => [l, { correct: 0, total: 0 }]));
  for (let fold = 0; fold < folds; fold++) {
    const kept = (phrases: string[], keep: boolean) => phrases.filter((_, i) => (i % folds === fold) !== keep);
    const trainOn = Object.fromEntries(
      languages.map((lng) => [
        lng,
        { ...training[lng], intents: Object.fromEntries(Object.entries(training[lng].intents).map(([k, v]) => [k, kept(v, true)])) },
      ]),
    ) as typeof training;
    const recognizer = new OfflineRecognizer(trainOn, lexicons.languageNames);
    for (const lng of languages) {
      const row = table.get(lng)!;
      for (const [intent, phrases] of Object.entries(training[lng].intents)) {
        for (const phrase of kept(phrases, false)) {
          row.total++;
          if (recognizer.recognizeNow(phrase, { language: lng }).intent.name === intent) row.correct++;
        }
      }
    }
  }
  return table;
}
