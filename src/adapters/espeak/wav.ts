/** 16-bit mono PCM WAV: the format espeak-ng writes and pocketsphinx reads. */
export interface Pcm16 {
  sampleRate: number;
  samples: Int16Array;
}

/** Reads a 16-bit PCM WAV (mono; the first channel otherwise), skipping chunks other than `fmt ` and `data`. */
export function readWav(wav: Buffer): Pcm16 {
  if (wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file');
  let offset = 12;
  let sampleRate = 0;
  let channels = 1;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    // espeak-ng writes 0xFFFFFFFF as the data size when it streams to stdout: read to the end.
    let size = wav.readUInt32LE(offset + 4);
    if (size === 0xffffffff || offset + 8 + size > wav.length) size = wav.length - offset - 8;
    if (id === 'fmt ') {
      channels = wav.readUInt16LE(offset + 10);
      sampleRate = wav.readUInt32LE(offset + 12);
    } else if (id === 'data') {
      const frames = Math.floor(size / (2 * channels));
      const samples = new Int16Array(frames);
      for (let i = 0; i < frames; i++) samples[i] = wav.readInt16LE(offset + 8 + i * 2 * channels);
      return { sampleRate, samples };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('WAV file without data');
}

export function writeWav({ sampleRate, samples }: Pcm16): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + samples.length * 2, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(samples.length * 2, 40);
  return Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)]);
}

/** Linear-interpolation resampling (espeak's 22,050 Hz to the 16,000 Hz speech models expect). */
export function resample(pcm: Pcm16, rate: number): Pcm16 {
  if (pcm.sampleRate === rate) return pcm;
  const ratio = pcm.sampleRate / rate;
  const length = Math.floor(pcm.samples.length / ratio);
  const out = new Int16Array(length);
  for (let i = 0; i < length; i++) {
    const position = i * ratio;
    const left = Math.floor(position);
    const right = Math.min(left + 1, pcm.samples.length - 1);
    out[i] = Math.round(pcm.samples[left] + (pcm.samples[right] - pcm.samples[left]) * (position - left));
  }
  return { sampleRate: rate, samples: out };
}

/** One WAV after another (same sample rate), for a message spoken in parts. */
export function concatWav(parts: Buffer[]): Buffer {
  const read = parts.map(readWav);
  const rate = read[0]?.sampleRate ?? 22050;
  const pcms = read.map((pcm) => resample(pcm, rate));
  const samples = new Int16Array(pcms.reduce((n, p) => n + p.samples.length, 0));
  let at = 0;
  for (const pcm of pcms) {
    samples.set(pcm.samples, at);
    at += pcm.samples.length;
  }
  return writeWav({ sampleRate: rate, samples });
}
