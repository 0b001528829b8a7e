export interface BenchOptions {
  /** Members talking at the same time, per target. */
  concurrency: number;
  /** Measured seconds per target. */
  seconds: number;
  /** Warm-up seconds per target, not measured. */
  warmupSeconds: number;
  /** Measure each target this many times, interleaved, and report the medians. */
  rounds: number;
  /** Pin the servers to CPU 0 and the bench to CPU 1 (SPEC §14 measured on one pinned core). */
  pin: boolean;
  /** Write a V8 CPU profile of Carebridge into this folder. */
  cpuProfDir?: string;
}

export const usage = `Usage: npm run bench:turns -- [--concurrency 50] [--seconds 10] [--warmup 2] [--rounds 1] [--no-pin] [--cpu-prof <dir>]`;

const defaults: BenchOptions = { concurrency: 50, seconds: 10, warmupSeconds: 2, rounds: 1, pin: true };

/** Parses `--name value` and `--name=value`; throws with the usage on anything else. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = { ...defaults };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${usage}`);
      return v;
    };
    switch (flag) {
      case '--concurrency':
        options.concurrency = whole(flag, value(), 1000);
        break;
      case '--seconds':
        options.seconds = positive(flag, value(), 600);
        break;
      case '--warmup':
        options.warmupSeconds = positive(flag, value(), 60, true);
        break;
      case '--rounds':
        options.rounds = whole(flag, value(), 20);
        break;
      case '--no-pin':
        options.pin = false;
        break;
      case '--cpu-prof':
        options.cpuProfDir = value();
        break;
      default:
        throw new Error(`unknown option ${argv[i]}\n${usage}`);
    }
  }
  return options;
}

function positive(flag: string, text: string, max: number, zeroAllowed = false): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n > max || n < 0 || (n === 0 && !zeroAllowed)) {
    throw new Error(`${flag} must be a number in ${zeroAllowed ? '[0' : '(0'}..${max}]\n${usage}`);
  }
  return n;
}

function whole(flag: string, text: string, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${flag} must be a whole number in 1..${max}\n${usage}`);
  return n;
}
