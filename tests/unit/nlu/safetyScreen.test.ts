import { languages, type Language } from '../../../src/domain/language';
import { loadProjectLexicons } from '../../../src/nlu/nluFiles';
import { SafetyScreen } from '../../../src/nlu/safetyScreen';
import { root } from '../../helpers/botHarness';
import phrasings from '../../data/safety-phrasings.json';

const screen = new SafetyScreen(loadProjectLexicons(root));
const set = phrasings as Record<Language, { crisis: string[]; emergency: string[]; neither: string[] }>;

describe.each(languages)('the safety screen in %s', (lng) => {
  it.each(set[lng].crisis)('recognises thoughts of self-harm in "%s"', (text) => {
    expect(screen.screen(text, lng)).toMatchObject({ crisis: true });
  });

  it.each(set[lng].emergency)('recognises a medical emergency in "%s"', (text) => {
    expect(screen.screen(text, lng)).toMatchObject({ emergency: true });
  });

  it.each(set[lng].neither)('lets the ordinary message "%s" through', (text) => {
    expect(screen.screen(text, lng)).toBeUndefined();
  });

  it('finds a crisis written in this language even when the member uses another one', () => {
    const other = lng === 'en' ? 'es' : 'en';
    expect(screen.screen(set[lng].crisis[0], other)).toMatchObject({ crisis: true, language: lng });
  });
});
