import type { IntentName } from '../../src/domain/intents';
import type { GlobalCommand, Interpretation } from '../../src/nlu/interpretation';

/** At or above this confidence the assistant acts on an intent; below it, it asks. */
export const CONFIDENT = 0.5;
/** Below this, the message is treated as not understood rather than worth a question. */
export const WORTH_ASKING = 0.15;

/** Intents a member can be offered in a clarifying question (not "none", not safety). */
export const askableIntents: ReadonlySet<IntentName> = new Set<IntentName>([
  'help', 'language.change', 'agent.request', 'benefit.coverage', 'benefit.balance', 'benefit.extra_help',
  'appointment.book', 'appointment.cancel', 'appointment.reschedule', 'appointment.list',
  'ride.book', 'ride.cancel', 'ride.status', 'feedback.complaint', 'social.need',
]);

const globalIntents: Partial<Record<IntentName, GlobalCommand>> = {
  help: 'help',
  'agent.request': 'agent',
  'language.change': 'language',
};

/** True when the recognizer is sure enough of an intent other than "none" to act on it. */
export function isConfident(meaning: Extract<Interpretation, { kind: 'intent' }>): boolean {
  const { name, confidence } = meaning.recognition.intent;
  return name !== 'none' && confidence >= CONFIDENT;
}

/** The global command a message asks for, whether by a global word or by a confident intent. */
export function globalCommandOf(meaning: Interpretation): GlobalCommand | undefined {
  if (meaning.kind === 'global') return meaning.command;
  if (meaning.kind === 'choice' && meaning.number === 0) return 'agent';
  if (meaning.kind === 'intent' && meaning.recognition.intent.confidence >= CONFIDENT) {
    return globalIntents[meaning.recognition.intent.name];
  }
  return undefined;
}

/** The intents worth offering when the recognizer is unsure, most likely first. */
export function clarifyingCandidates(meaning: Extract<Interpretation, { kind: 'intent' }>): IntentName[] {
  const { intent, alternatives } = meaning.recognition;
  return [intent, ...alternatives]
    .filter((c) => askableIntents.has(c.name) && c.confidence >= WORTH_ASKING / 2)
    .slice(0, 3)
    .map((c) => c.name);
}
