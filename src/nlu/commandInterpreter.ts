import { languages, type Language } from '../domain/language';
import type { LexiconSet } from './lexicon';
import { PhraseList, toUtterance, type Utterance } from './phraseMatcher';
import { isUnspacedScript } from './normalize';
import type { Interpretation, MainMenuItem } from './interpretation';

interface CompiledLexicon {
  fillers: Set<string>;
  global: Array<[Extract<Interpretation, { kind: 'global' }>['command'], PhraseList]>;
  smallTalk: Array<['greeting' | 'goodbye', PhraseList]>;
  answers: Array<['yes' | 'no', PhraseList]>;
  menu: Array<[MainMenuItem, PhraseList]>;
  numbers: Array<[number, PhraseList]>;
}

/** A language name counts as a request to switch only in a short message ("español", "in Spanish please"). */
const MAX_LANGUAGE_SWITCH_WORDS = 3;
const MAX_UNSPACED_SWITCH_CHARS = 6;

/**
 * Reads numbers, global words, language names and menu words, in the member's language first
 * and then in every other one. None of this goes through a classifier.
 */
export class CommandInterpreter {
  private readonly compiled: Record<Language, CompiledLexicon>;
  private readonly languageNames: Array<[Language, PhraseList]>;

  constructor(lexicons: LexiconSet) {
    this.compiled = Object.fromEntries(
      languages.map((lng) => {
        const lex = lexicons.byLanguage[lng];
        const compiled: CompiledLexicon = {
          fillers: new Set(lex.fillers.map((f) => toUtterance(f).text)),
          global: (['help', 'repeat', 'restart', 'agent', 'language'] as const).map((c) => [c, new PhraseList(lex[c])]),
          smallTalk: (['greeting', 'goodbye'] as const).map((c) => [c, new PhraseList(lex[c])]),
          answers: (['yes', 'no'] as const).map((c) => [c, new PhraseList(lex[c])]),
          menu: (['benefits', 'appointments', 'rides'] as const).map((c) => [c, new PhraseList(lex.menu[c])]),
          numbers: Object.entries(lex.numbers).map(([n, words]) => [Number(n), new PhraseList(words)]),
        };
        return [lng, compiled];
      }),
    ) as Record<Language, CompiledLexicon>;
    this.languageNames = languages.map((lng) => [lng, new PhraseList(lexicons.languageNames[lng])]);
  }

  interpret(text: string, memberLanguage: Language): Interpretation {
    const utterance = toUtterance(text);
    const digits = /^(\d{1,2})$/.exec(utterance.text);
    if (digits) return { kind: 'choice', number: Number(digits[1]) };

    const switchTo = this.languageSwitch(utterance);
    if (switchTo) return { kind: 'switchLanguage', language: switchTo };

    for (const lng of [memberLanguage, ...languages.filter((l) => l !== memberLanguage)]) {
      const found = this.inLanguage(utterance, lng);
      if (found) return found;
    }
    return { kind: 'freeText' };
  }

  private languageSwitch(utterance: Utterance): Language | undefined {
    const unspaced = isUnspacedScript(utterance.text);
    if (unspaced ? utterance.compact.length > MAX_UNSPACED_SWITCH_CHARS : utterance.text.split(' ').length > MAX_LANGUAGE_SWITCH_WORDS) {
      return undefined;
    }
    const hit = this.languageNames.find(([, names]) => names.equals(utterance.text) || names.containedIn(utterance));
    return hit?.[0];
  }

  private inLanguage(utterance: Utterance, lng: Language): Interpretation | undefined {
    const lex = this.compiled[lng];
    const core = stripFillers(utterance.text, lex.fillers);
    const agentPhrase = lex.global.find(([c]) => c === 'agent')?.[1];
    if (agentPhrase?.containedIn(utterance, { multiWordOnly: true })) {
      return { kind: 'global', command: 'agent', language: lng };
    }
    for (const [command, list] of lex.global) if (list.equals(core)) return { kind: 'global', command, language: lng };
    for (const [act, list] of lex.smallTalk) if (list.equals(core)) return { kind: 'smallTalk', act, language: lng };
    for (const [answer, list] of lex.answers) if (list.equals(core)) return { kind: 'answer', answer, language: lng };
    for (const [item, list] of lex.menu) if (list.equals(core)) return { kind: 'menuItem', item, language: lng };
    for (const [number, list] of lex.numbers) if (list.equals(core)) return { kind: 'choice', number };
    return undefined;
  }
}

/** Drops polite fillers ("please", "thank you") at either end, unless nothing would be left. */
function stripFillers(text: string, fillers: Set<string>): string {
  let core = text;
  let changed = true;
  while (changed) {
    changed = false;
    for (const filler of fillers) {
      if (core.startsWith(`${filler} `)) core = core.slice(filler.length + 1);
      else if (core.endsWith(` ${filler}`)) core = core.slice(0, -filler.length - 1);
      else continue;
      changed = true;
    }
  }
  return core;
}
