import { join } from 'node:path';
import { languages } from '../../../src/domain/language';
import { loadProjectLexicons } from '../../../src/nlu/nluFiles';
import { CommandInterpreter } from '../../../src/nlu/commandInterpreter';
import { readLocaleResources } from '../../../src/i18n/createI18n';
import { root } from '../../helpers/botHarness';

const lexicons = loadProjectLexicons(root);
const interpreter = new CommandInterpreter(lexicons);
const resources = readLocaleResources(join(root, 'locales'));

describe('global words', () => {
  it.each(languages)('every word that the %s help message teaches is understood as a global word', (lng) => {
    const words = (resources[lng].common as { help: { words: string } }).help.words;
    const list = words.slice(words.search(/[:：]/) + 1).replace(/[.。]$/, '');
    const taught = list.split(/[,，、،]/).map((w) => w.trim()).filter(Boolean);
    expect(taught.length).toBeGreaterThanOrEqual(5);
    for (const word of taught) {
      const meaning = interpreter.interpret(word, lng);
      expect({ word, kind: meaning.kind }).toEqual({ word, kind: expect.stringMatching(/^(global)$/) });
    }
  });

  it.each([
    ['0', { kind: 'choice', number: 0 }],
    ['  3 ', { kind: 'choice', number: 3 }],
    ['Menu please', { kind: 'global', command: 'help', language: 'en' }],
    ['ayuda', { kind: 'global', command: 'help', language: 'es' }],
    ['quiero hablar con una persona', { kind: 'global', command: 'agent', language: 'es' }],
    ['Español', { kind: 'switchLanguage', language: 'es' }],
    ['tiếng Việt', { kind: 'switchLanguage', language: 'vi' }],
    ['dos', { kind: 'choice', number: 2 }],
    ['the second one', { kind: 'choice', number: 2 }],
    ['٢', { kind: 'choice', number: 2 }],
    ['số ba', { kind: 'choice', number: 3 }],
  ])('reads "%s" without any classifier', (text, expected) => {
    expect(interpreter.interpret(text, 'en')).toEqual(expected);
  });

  it('does not take a longer sentence that mentions a language for a language change', () => {
    expect(interpreter.interpret('do you have a doctor who speaks spanish near me', 'en').kind).not.toBe('switchLanguage');
  });
});
