import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '../../domain/language';
import { AppError } from '../../domain/errors';
import type { Speech, SynthesisOptions } from '../../ports/speech';
import { readWav, resample, writeWav } from './wav';

/**
 * espeak-ng voice per language (SPEC §14: plain `cmn` reads tone numbers in English, so
 * `cmn-latn-pinyin`; there is no Tagalog voice, and Indonesian reads Tagalog spelling closest).
 */
const voices: Record<Language, { voice: string; own: boolean }> = {
  en: { voice: 'en-us', own: true },
  es: { voice: 'es-419', own: true },
  zh: { voice: 'cmn-latn-pinyin', own: true },
  vi: { voice: 'vi', own: true },
  ko: { voice: 'ko', own: true },
  tl: { voice: 'id', own: false },
  ru: { voice: 'ru', own: true },
  ar: { voice: 'ar', own: true },
  ht: { voice: 'ht', own: true },
};

const RATE_WPM = 150;
const SLOW_RATE_WPM = 115;
const MAX_TEXT = 2000;
const RUN_TIMEOUT_MS = 15_000;

export interface EmbeddedSpeechOptions {
  espeak?: string;
  pocketsphinx?: string;
}

/**
 * The embedded speech of SPEC §10, with no cloud account: espeak-ng speaks every language;
 * pocketsphinx hears English, limited to the words a prompt expects when it is given them (its
 * general model is poor on synthetic speech). Child processes get their arguments as an array.
 */
export class EmbeddedSpeech implements Speech {
  private readonly espeak: string;
  private readonly pocketsphinx: string;

  constructor(options: EmbeddedSpeechOptions = {}) {
    this.espeak = options.espeak ?? 'espeak-ng';
    this.pocketsphinx = options.pocketsphinx ?? 'pocketsphinx_continuous';
  }

  speaks(language: Language): boolean {
    return voices[language].own;
  }

  async synthesize(text: string, language: Language, options: SynthesisOptions = {}): Promise<Buffer> {
    const args = ['-v', voices[language].voice, '-s', String(options.slow ? SLOW_RATE_WPM : RATE_WPM), '--stdout', '--stdin'];
    const wav = await run(this.espeak, args, Buffer.from(text.slice(0, MAX_TEXT), 'utf8'));
    if (wav.length <= 44) throw new AppError('speech.empty', 'espeak-ng produced no audio', 502);
    return wav;
  }

  async recognize(wav: Buffer, language: Language, expected: string[] = []): Promise<string | undefined> {
    if (language !== 'en') return undefined;
    const dir = await mkdtemp(join(tmpdir(), 'carebridge-stt-'));
    try {
      const audio = join(dir, 'in.wav');
      await writeFile(audio, writeWav(resample(readWav(wav), 16_000)));
      const args = ['-infile', audio, '-logfn', '/dev/null'];
      const words = grammarWords(expected);
      if (words.length > 0) {
        const grammar = join(dir, 'prompt.gram');
        await writeFile(grammar, `#JSGF V1.0;\ngrammar prompt;\npublic <said> = ( ${words.join(' | ')} )+;\n`);
        args.push('-jsgf', grammar);
      }
      const out = (await run(this.pocketsphinx, args)).toString('utf8');
      const heard = out.split('\n').map((l) => l.trim()).filter((l) => l && !/^(INFO|WARN|ERROR|READY|Listening)/.test(l)).join(' ').trim();
      return heard || undefined;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/** The prompt's words as pocketsphinx's dictionary spells them: lower case, letters only. */
function grammarWords(expected: string[]): string[] {
  const words = expected.flatMap((phrase) => phrase.toLowerCase().split(/[^a-z']+/)).filter((w) => /^[a-z][a-z']*$/.test(w));
  return [...new Set(words)];
}

function run(command: string, args: string[], input?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let errors = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (errors += c.toString()));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new AppError('speech.unavailable', `${command} could not run`, 503, { cause: error }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new AppError('speech.failed', `${command} exited with ${code}: ${errors.slice(0, 200)}`, 502));
    });
    child.stdin.end(input);
  });
}
