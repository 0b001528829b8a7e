import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../src/projectRoot';
import { parseBenchOptions, type BenchOptions } from './benchOptions';
import { CAREBRIDGE_NODE_FLAGS, ChildService } from './childService';
import { BOT_READY } from './botServer';
import { StubConnector } from './stubConnector';
import { HttpClient } from './httpClient';
import { combineRounds, runLoad, type LoadMember, type LoadResult } from './loadRunner';
import { BotFrameworkMember } from './botFrameworkMember';
import { DirectLineMember } from './directLineMember';
import { formatReport } from './report';

/**
 * SPEC §13 speed bar: Carebridge's full member turn over its built-in Direct Line against a bare
 * botbuilder echo bot and a samples-shaped bot (both replying through an HTTP connector), each in
 * its own process, at the same concurrency, in one run. Prints figures; exits 1 only when a
 * target could not be measured at all.
 */
const TURN_TIMEOUT_MS = 10_000;
const SERVER_CPU = 0;
const BENCH_CPU = 1;

async function main(options: BenchOptions, children: ChildService[], cleanups: Array<() => void | Promise<void>>): Promise<boolean> {
  const root = projectRoot();
  const cpu = options.pin && pinSelf() ? SERVER_CPU : undefined;
  note(`${options.concurrency} conversations, ${options.warmupSeconds} s warm-up + ${options.seconds} s measured per target` +
    `${options.rounds > 1 ? `, ${options.rounds} rounds (medians reported)` : ''}; ` +
    (cpu === undefined ? 'not pinned' : `servers on CPU ${SERVER_CPU}, bench on CPU ${BENCH_CPU}`));

  const dbDir = mkdtempSync(join(tmpdir(), 'carebridge-bench-'));
  process.once('exit', () => rmSync(dbDir, { recursive: true, force: true }));
  const stub = await StubConnector.start();
  cleanups.push(() => stub.close());
  const http = new HttpClient(options.concurrency);
  cleanups.push(() => http.close());

  const baseEnv = { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1' };
  const start = async (name: string, args: string[], env: Record<string, string>, ready: RegExp) => {
    const child = await ChildService.start({ name, args, env: { ...baseEnv, ...env }, cwd: root, ready, cpu });
    children.push(child);
    return child;
  };
  const profile = options.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', resolve(options.cpuProfDir)] : [];
  const carebridge = await start('carebridge', [...CAREBRIDGE_NODE_FLAGS, ...profile, join(root, 'dist/src/main.js')], {
    LOG_LEVEL: 'silent',
    DATABASE_URL: `sqlite:${join(dbDir, 'carebridge.sqlite')}`,
  }, /Carebridge is running: (http:\/\/\S+)/);
  const echo = await start('echo', [join(__dirname, 'echoBot.js')], {}, BOT_READY);
  const samples = await start('samples', [join(__dirname, 'samplesBot.js')], {}, BOT_READY);

  const measure = async (service: ChildService, members: LoadMember[], round: number): Promise<LoadResult> => {
    note(`${service.name}: measuring${options.rounds > 1 ? ` (round ${round + 1} of ${options.rounds})` : ''}…`);
    const cpuBefore = service.cpuSeconds();
    const result = await runLoad(members, { warmupMs: options.warmupSeconds * 1000, measureMs: options.seconds * 1000 });
    const cpuAfter = service.cpuSeconds();
    if (!service.running) throw new Error(`${service.name} exited during the run:\n${service.tail}`);
    const cpuMsPerTurn = cpuBefore !== undefined && cpuAfter !== undefined && result.completed > 0
      ? ((cpuAfter - cpuBefore) * 1000) / result.completed
      : undefined;
    return { ...result, cpuMsPerTurn };
  };
  const botMembers = (service: ChildService) =>
    Array.from({ length: options.concurrency }, (_, i) => new BotFrameworkMember(service.url, stub, http, i));

  note(`carebridge: opening ${options.concurrency} Direct Line conversations…`);
  const members = await Promise.all(
    Array.from({ length: options.concurrency }, () => DirectLineMember.join(carebridge.url, http, TURN_TIMEOUT_MS)),
  );
  cleanups.push(() => members.forEach((m) => m.close()));
  const echoMembers = botMembers(echo);
  const samplesMembers = botMembers(samples);

  const rounds = { echo: [] as LoadResult[], samples: [] as LoadResult[], carebridge: [] as LoadResult[] };
  for (let round = 0; round < options.rounds; round += 1) {
    rounds.echo.push(await measure(echo, echoMembers, round));
    rounds.samples.push(await measure(samples, samplesMembers, round));
    rounds.carebridge.push(await measure(carebridge, members, round));
  }
  const [echoResult, samplesResult, carebridgeResult] = [rounds.echo, rounds.samples, rounds.carebridge].map(combineRounds);

  const reports = {
    carebridge: { name: 'carebridge', result: carebridgeResult, rssMb: carebridge.rssMb() },
    echo: { name: 'echo', result: echoResult, rssMb: echo.rssMb() },
    samples: { name: 'samples', result: samplesResult, rssMb: samples.rssMb() },
  };
  process.stdout.write(`\n${formatReport(reports.carebridge, reports.echo, reports.samples, options.concurrency)}\n`);
  if (options.cpuProfDir) process.stdout.write(`Carebridge CPU profile: ${resolve(options.cpuProfDir)} (written when it exits)\n`);
  return Object.values(reports).every((r) => r.result.turns > 0);
}

/** Pins this process (all its threads) to the bench CPU; false when that is not possible here. */
function pinSelf(): boolean {
  if (availableParallelism() < 2) return false;
  try {
    execFileSync('taskset', ['-a', '-cp', String(BENCH_CPU), String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function note(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function shutdown(children: ChildService[], cleanups: Array<() => void | Promise<void>>): Promise<void> {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      note(`cleanup failed: ${(error as Error).message}`);
    }
  }
  await Promise.all(children.map((child) => child.stop()));
}

if (require.main === module) {
  const children: ChildService[] = [];
  const cleanups: Array<() => void | Promise<void>> = [];
  const abort = () => {
    children.forEach((child) => child.killNow());
    process.exit(130);
  };
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  // Whatever way the bench ends (also an uncaught exception), no server is left running.
  process.on('exit', () => children.forEach((child) => child.killNow()));
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    note((error as Error).message);
    process.exit(2);
  }
  main(options, children, cleanups)
    .then(async (measured) => {
      await shutdown(children, cleanups);
      if (!measured) note('a target completed no turns');
      process.exit(measured ? 0 : 1);
    })
    .catch(async (error: unknown) => {
      note(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
      await shutdown(children, cleanups);
      process.exit(1);
    });
}
