import type { IntentName } from '../../src/domain/intents';

/**
 * What a feature dialog hands back to the main menu when it ends: an intent to act on next, a
 * message it could not use (the menu reads it afresh), or nothing (the menu shows itself again).
 */
export interface MenuResult {
  intent?: IntentName;
  unhandled?: boolean;
}
