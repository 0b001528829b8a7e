/** An escaped NUL (`\u0000`) not itself escaped: PostgreSQL's JSONB and TEXT cannot hold it. */
const ESCAPED_NUL = /(?<!\\)((?:\\\\)*)\\u0000/g;

/**
 * JSON for a JSONB column. A NUL character in what a member or a client sent (hostile or broken
 * input) becomes U+FFFD instead of failing the write: the rest of the text is kept, nothing is lost.
 */
export function jsonb(value: unknown): string {
  return JSON.stringify(value).replace(ESCAPED_NUL, '$1\\ufffd');
}
