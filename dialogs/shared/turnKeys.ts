import type { TurnContext } from 'botbuilder';
import type { Language } from '../../src/domain/language';
import type { Interpretation } from '../../src/nlu/interpretation';

const LANGUAGE = Symbol('carebridge.language');
const INTERPRETATION = Symbol('carebridge.interpretation');

/** The language every reply of this turn is written in. */
export function turnLanguage(context: TurnContext): Language {
  return (context.turnState.get(LANGUAGE) as Language | undefined) ?? 'en';
}

export function setTurnLanguage(context: TurnContext, language: Language): void {
  context.turnState.set(LANGUAGE, language);
}

/** What the member's message of this turn means, read once by the root and shared with every dialog. */
export function turnInterpretation(context: TurnContext): Interpretation {
  return (context.turnState.get(INTERPRETATION) as Interpretation | undefined) ?? { kind: 'freeText' };
}

export function setTurnInterpretation(context: TurnContext, interpretation: Interpretation): void {
  context.turnState.set(INTERPRETATION, interpretation);
}
