import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benefitKinds, intentNames, socialNeeds, specialties } from '../../domain/intents';
import { languages, type Language } from '../../domain/language';

const phrases = z.array(z.string().min(1)).min(1);
const valuesOf = <T extends readonly [string, ...string[]]>(values: T) => z.object(Object.fromEntries(values.map((v) => [v, phrases])) as Record<T[number], typeof phrases>);

/** One language's training phrases per intent and the words that name each entity value. */
export const trainingDataSchema = z.object({
  intents: z.object(Object.fromEntries(intentNames.map((n) => [n, phrases])) as Record<(typeof intentNames)[number], typeof phrases>),
  entities: z.object({
    benefit: valuesOf(benefitKinds),
    specialty: valuesOf(specialties),
    need: valuesOf(socialNeeds),
  }),
});

export type TrainingData = z.infer<typeof trainingDataSchema>;

/** Reads and validates `src/nlu/training/<lng>.json` for every language. */
export function loadTrainingData(dir: string): Record<Language, TrainingData> {
  return Object.fromEntries(
    languages.map((lng) => {
      const raw: unknown = JSON.parse(readFileSync(join(dir, `${lng}.json`), 'utf8'));
      const parsed = trainingDataSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`NLU training data ${lng}.json: ${issue.path.join('.')}: ${issue.message}`);
      }
      return [lng, parsed.data];
    }),
  ) as Record<Language, TrainingData>;
}
