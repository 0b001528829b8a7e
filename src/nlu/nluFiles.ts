import { join } from 'node:path';
import { loadLexicons, type LanguageNames, type LexiconSet } from './lexicon';
import { OfflineRecognizer } from './offline/offlineRecognizer';
import { loadTrainingData } from './offline/trainingData';

/** The lexicons (`src/nlu/lexicon/`) of the project at `root`. */
export function loadProjectLexicons(root: string): LexiconSet {
  return loadLexicons(join(root, 'src', 'nlu', 'lexicon'));
}

/** The offline recognizer, trained on the project's `src/nlu/training/` phrases (about a second). */
export function trainProjectRecognizer(root: string, languageNames: LanguageNames): OfflineRecognizer {
  return new OfflineRecognizer(loadTrainingData(join(root, 'src', 'nlu', 'training')), languageNames);
}
