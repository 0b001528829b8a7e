import { createHmac, timingSafeEqual } from 'node:crypto';

export const TTS_PATH = '/api/speech/tts';

/**
 * Signed links to the synthesized audio of a message (its SSML `speak`): only what the assistant
 * itself said can be synthesized, so the endpoint cannot be used to make arbitrary audio.
 */
export class SpeechLinks {
  constructor(
    private readonly key: string,
    /** Absolute base (PUBLIC_URL) for links a phone provider fetches; '' for the member page. */
    private readonly base = '',
  ) {}

  link(ssml: string, slow = false): string {
    const query = new URLSearchParams({ ssml, ...(slow ? { slow: '1' } : {}), sig: this.signature(ssml, slow) });
    return `${this.base}${TTS_PATH}?${query.toString()}`;
  }

  /** The signature alone, for a client that builds the link from the message's own `speak`. */
  signature(ssml: string, slow = false): string {
    return createHmac('sha256', this.key).update(`${slow ? 1 : 0}|${ssml}`).digest('base64url');
  }

  verify(ssml: string, slow: boolean, signature: string): boolean {
    const expected = Buffer.from(this.signature(ssml, slow));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
