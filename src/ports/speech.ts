import type { Language } from '../domain/language';

export interface SynthesisOptions {
  /** Slower speech, for members who ask for it. */
  slow?: boolean;
}

/** Text to speech and speech to text (SPEC §10). */
export interface Speech {
  /** Whether `synthesize` has a voice for the language (else the nearest one is used). */
  speaks(language: Language): boolean;
  /** WAV audio of the text spoken in the language. */
  synthesize(text: string, language: Language, options?: SynthesisOptions): Promise<Buffer>;
  /**
   * The words heard in WAV audio, or undefined when nothing could be understood or the language
   * has no recognizer here. `expected` narrows recognition to the words a prompt expects.
   */
  recognize(wav: Buffer, language: Language, expected?: string[]): Promise<string | undefined>;
}
