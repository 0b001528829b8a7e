import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The Node flags `npm start` runs Carebridge with (package.json): V8's old space capped at 192 MB,
 * which keeps resident memory near 210 MB under load instead of letting the heap grow to 370 MB.
 */
export const CAREBRIDGE_NODE_FLAGS = ['--max-old-space-size=192'];

export interface ChildServiceOptions {
  /** A short name for messages ("carebridge", "echo"). */
  name: string;
  /** The script node runs, then its arguments. */
  args: string[];
  env: Record<string, string>;
  cwd: string;
  /** The stdout line that says the service is up; its first group is the URL. */
  ready: RegExp;
  /** Pins the process to this CPU with taskset (Linux). */
  cpu?: number;
  startTimeoutMs?: number;
}

const TAIL_CHARS = 4000;
/** USER_HZ: the unit of /proc/<pid>/stat times on Linux (100 on every common configuration). */
const CLOCK_TICKS_PER_SECOND = 100;

/** A service the bench runs as its own process: started, waited for, measured and stopped. */
export class ChildService {
  private output = '';
  private exited: Promise<number | null>;

  private constructor(
    readonly name: string,
    readonly url: string,
    private readonly child: ChildProcess,
    exited: Promise<number | null>,
  ) {
    this.exited = exited;
  }

  /** Spawns the process and resolves once it printed its ready line. */
  static start(options: ChildServiceOptions): Promise<ChildService> {
    const nodeArgs = [process.execPath, ...options.args];
    const [command, ...args] = options.cpu === undefined ? nodeArgs : ['taskset', '-c', String(options.cpu), ...nodeArgs];
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let output = '';
    let settled = false;
    return new Promise((resolve, reject) => {
      const fail = (why: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`${options.name} ${why}:\n${output.slice(-TAIL_CHARS)}`));
      };
      const timer = setTimeout(() => fail('did not start in time'), options.startTimeoutMs ?? 20_000);
      const onData = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-TAIL_CHARS);
        const match = options.ready.exec(output);
        if (!match || settled) return;
        settled = true;
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        const service = new ChildService(options.name, match[1].replace('localhost', '127.0.0.1'), child, exited);
        child.stdout?.on('data', (more: Buffer) => service.keep(more));
        child.stderr?.off('data', onData);
        child.stderr?.on('data', (more: Buffer) => service.keep(more));
        resolve(service);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('error', (error) => fail(`could not be spawned (${error.message})`));
      void exited.then((code) => fail(`exited with code ${code}`));
    });
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last output the process wrote after it was ready (for error reports). */
  get tail(): string {
    return this.output;
  }

  /** Resident memory in MB from /proc (Linux), or undefined when it cannot be read. */
  rssMb(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
      return kb === undefined ? undefined : Number(kb) / 1024;
    } catch {
      return undefined;
    }
  }

  /** CPU seconds (user + system) the process has used so far, from /proc (Linux), or undefined. */
  cpuSeconds(): number | undefined {
    try {
      // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
      const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
    } catch {
      return undefined;
    }
  }

  /** Asks the process to stop (SIGTERM), and kills it if it has not exited after `graceMs`. */
  async stop(graceMs = 3000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Kills the process at once (used on the way out after an error). */
  killNow(): void {
    if (this.running) this.child.kill('SIGKILL');
  }

  private keep(chunk: Buffer): void {
    this.output = (this.output + chunk.toString()).slice(-TAIL_CHARS);
  }
}
