import { createHash } from 'node:crypto';
import { toLanguage } from '../domain/language';
import { spokenParts } from '../domain/ssml';
import type { Speech } from '../ports/speech';
import { concatWav } from '../adapters/espeak/wav';
import { AudioCache } from './audioCache';

/** 32 MB of audio, about six minutes of speech. */
const CACHE_BYTES = 32 * 1024 * 1024;

/** A message's audio: each language part in its own voice, one after the other; cached. */
export class MessageAudio {
  private readonly cache = new AudioCache(CACHE_BYTES);

  constructor(private readonly speech: Speech) {}

  async wav(ssml: string, slow: boolean): Promise<Buffer> {
    const key = createHash('sha256').update(`${slow ? 1 : 0}|${ssml}`).digest('hex');
    const cached = this.cache.get(key);
    if (cached) return cached;
    const parts = spokenParts(ssml);
    const audio = await Promise.all(parts.map((p) => this.speech.synthesize(p.text, toLanguage(p.lang) ?? 'en', { slow })));
    const wav = audio.length === 1 ? audio[0] : concatWav(audio);
    this.cache.set(key, wav);
    return wav;
  }
}
