import { randomInt } from 'node:crypto';

/** Letters and digits members cannot mix up when they read or say them (no 0/O, 1/I/L, 5/S, 8/B). */
const ALPHABET = '2345679ACDEFGHJKMNPQRTUVWXYZ';

/** A confirmation number such as "A7K3M9P": a kind letter, then six characters hard to misread. */
export function newConfirmation(kind: 'A' | 'R'): string {
  let code = kind;
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
