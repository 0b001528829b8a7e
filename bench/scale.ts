import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../src/projectRoot';
import { parseBenchOptions, type BenchOptions } from './benchOptions';
import { CAREBRIDGE_NODE_FLAGS, ChildService } from './childService';
import { HttpClient } from './httpClient';
import { combineRounds, runLoad, type LoadMember, type LoadResult } from './loadRunner';
import { DirectLineMember } from './directLineMember';

/**
 * SPEC §12 at scale: two Carebridge instances on two ports sharing one PostgreSQL, members whose
 * stream is on one instance and whose messages go to the other; then one instance alone, for the
 * ratio. Prints throughput, p99, and any lost (no reply in time) or doubled (same reply twice)
 * activity. The database is a fresh schema in BENCH_DATABASE_URL (default: this machine's `test`).
 */
const TURN_TIMEOUT_MS = 15_000;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function main(options: BenchOptions, children: ChildService[], cleanups: Array<() => Promise<void> | void>): Promise<void> {
  const root = projectRoot();
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  cleanups.push(async () => {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  });
  const url = new URL(DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);

  const start = async (name: string) => {
    const child = await ChildService.start({
      name,
      args: [...CAREBRIDGE_NODE_FLAGS, join(root, 'dist/src/main.js')],
      env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: url.toString() },
      cwd: root,
      ready: /Carebridge is running: (http:\/\/\S+)/,
    });
    children.push(child);
    return child;
  };
  const [a, b] = [await start('instance A'), await start('instance B')];
  const http = new HttpClient(options.concurrency);
  cleanups.push(() => http.close());

  const join2 = (i: number) => (i % 2 === 0 ? DirectLineMember.join(a.url, http, TURN_TIMEOUT_MS, b.url) : DirectLineMember.join(b.url, http, TURN_TIMEOUT_MS, a.url));
  note(`two instances: opening ${options.concurrency} conversations (stream on one, messages to the other)…`);
  const crossed = await Promise.all(Array.from({ length: options.concurrency }, (_, i) => join2(i)));
  cleanups.push(() => crossed.forEach((m) => m.close()));
  note(`one instance: opening ${options.concurrency} conversations…`);
  const single = await Promise.all(Array.from({ length: options.concurrency }, () => DirectLineMember.join(a.url, http, TURN_TIMEOUT_MS)));
  cleanups.push(() => single.forEach((m) => m.close()));

  const rounds = { two: [] as LoadResult[], one: [] as LoadResult[] };
  const measure = (members: LoadMember[]) => runLoad(members, { warmupMs: options.warmupSeconds * 1000, measureMs: options.seconds * 1000 });
  for (let round = 0; round < options.rounds; round += 1) {
    note(`round ${round + 1}: two instances…`);
    rounds.two.push(await measure(crossed));
    note(`round ${round + 1}: one instance…`);
    rounds.one.push(await measure(single));
  }
  const [two, one] = [combineRounds(rounds.two), combineRounds(rounds.one)];
  const doubled = await admin.query<{ n: string }>(
    `SELECT COUNT(*) AS n FROM (
       SELECT conversation_id FROM ${schema}.dl_activities
       WHERE body->'from'->>'role' = 'bot' AND body->>'replyToId' IS NOT NULL
       GROUP BY conversation_id, body->>'replyToId', body->>'text' HAVING COUNT(*) > 1) twice`,
  );
  const row = (name: string, r: LoadResult) =>
    `${name.padEnd(16)} ${r.turnsPerSecond.toFixed(1).padStart(8)} ${r.p50Ms.toFixed(1).padStart(8)} ${r.p99Ms.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)} ${String(r.turns).padStart(7)}`;
  process.stdout.write(
    [
      '',
      `target            turns/s   p50 ms   p99 ms  errors   turns   (${options.concurrency} conversations each, PostgreSQL)`,
      row('two instances', two),
      row('one instance', one),
      '',
      `two ÷ one turns/s           ${(two.turnsPerSecond / one.turnsPerSecond).toFixed(2)}`,
      `lost replies (timeouts)     ${two.errors + one.errors}${[...two.errorKinds.keys(), ...one.errorKinds.keys()].length ? ` (${[...new Set([...two.errorKinds.keys(), ...one.errorKinds.keys()])].join('; ')})` : ''}`,
      `doubled replies             ${doubled.rows[0].n}`,
      `RSS after the run           A ${a.rssMb()?.toFixed(1)} MB, B ${b.rssMb()?.toFixed(1)} MB`,
      '',
    ].join('\n'),
  );
}

function note(line: string): void {
  process.stderr.write(`${line}\n`);
}

if (require.main === module) {
  const children: ChildService[] = [];
  const cleanups: Array<() => Promise<void> | void> = [];
  process.on('exit', () => children.forEach((child) => child.killNow()));
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    note((error as Error).message);
    process.exit(2);
  }
  main(options, children, cleanups)
    .catch((error: Error) => {
      note(`bench failed: ${error.stack}`);
      process.exitCode = 1;
    })
    .finally(async () => {
      for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
      await Promise.all(children.map((child) => child.stop()));
    });
}
