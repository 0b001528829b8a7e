import type { Language } from '../domain/language';
import type { Recognition } from '../ports/intentRecognizer';

/** Words that work at any point of any conversation, in every language. */
export type GlobalCommand = 'help' | 'repeat' | 'restart' | 'agent' | 'language';
export type SmallTalk = 'greeting' | 'goodbye';
export type Answer = 'yes' | 'no';
export type MainMenuItem = 'benefits' | 'appointments' | 'rides';

/** What a member's message means before any classifier sees it. */
export type Interpretation =
  | { kind: 'choice'; number: number }
  | { kind: 'global'; command: GlobalCommand; language: Language }
  | { kind: 'switchLanguage'; language: Language }
  | { kind: 'smallTalk'; act: SmallTalk; language: Language }
  | { kind: 'answer'; answer: Answer; language: Language }
  | { kind: 'menuItem'; item: MainMenuItem; language: Language }
  | { kind: 'freeText' }
  /** A message about self-harm or an emergency, answered already by the safety screen. */
  | { kind: 'safetyAnswered' }
  /** Free text after the intent recognizer read it. */
  | { kind: 'intent'; recognition: Recognition };
