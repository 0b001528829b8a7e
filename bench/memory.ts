import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/projectRoot';
import { CAREBRIDGE_NODE_FLAGS, ChildService } from './childService';
import { HttpClient, stringField } from './httpClient';

/**
 * SPEC §13 memory bar: Carebridge's resident memory after 10,000 conversations (state lives in the
 * database; caches must be bounded). Each conversation is a new member on the built-in Direct Line:
 * a token, a greeting and two turns. Prints RSS after every 1,000 conversations.
 * Usage: npm run bench:memory -- [conversations] [concurrency]
 */
const DIRECT_LINE = '/v3/directline';
const TURNS = ['hello', '1'];

async function main(total: number, concurrency: number): Promise<void> {
  const root = projectRoot();
  const dir = mkdtempSync(join(tmpdir(), 'carebridge-memory-'));
  const service = await ChildService.start({
    name: 'carebridge',
    args: [...CAREBRIDGE_NODE_FLAGS, join(root, 'dist/src/main.js')],
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}` },
    cwd: root,
    ready: /Carebridge is running: (http:\/\/\S+)/,
  });
  const http = new HttpClient(concurrency);
  const started = Date.now();
  let done = 0;
  let failed = 0;
  const rows: string[] = [`conversations   RSS MB   seconds   failed`, `${'0'.padStart(13)} ${service.rssMb()?.toFixed(1).padStart(8)} ${'0'.padStart(9)} ${'0'.padStart(8)}`];
  const conversation = async () => {
    const grant = await http.post(`${service.url}${DIRECT_LINE}/tokens/generate`, { locale: 'en' });
    const id = stringField(grant.body, 'conversationId');
    const token = stringField(grant.body, 'token');
    if (!id || !token) throw new Error(`tokens/generate answered ${grant.status}`);
    for (const text of TURNS) {
      const answer = await http.post(`${service.url}${DIRECT_LINE}/conversations/${id}/activities`, { type: 'message', text, from: { id: 'member' } }, { authorization: `Bearer ${token}` });
      if (answer.status !== 200) throw new Error(`post answered ${answer.status}`);
    }
  };
  const worker = async () => {
    while (done + failed < total) {
      const n = done + failed;
      try {
        await conversation();
        done += 1;
      } catch {
        failed += 1;
      }
      if ((n + 1) % 1000 === 0) {
        rows.push(`${String(n + 1).padStart(13)} ${service.rssMb()?.toFixed(1).padStart(8)} ${((Date.now() - started) / 1000).toFixed(0).padStart(9)} ${String(failed).padStart(8)}`);
        process.stderr.write(`${n + 1} conversations…\n`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
    const rss = service.rssMb() ?? Number.NaN;
    process.stdout.write(`\n${rows.join('\n')}\n\nRSS after ${done} conversations (${failed} failed): ${rss.toFixed(1)} MB   goal < 250 MB   ${rss < 250 ? 'PASS' : 'ABOVE GOAL'}\n`);
  } finally {
    http.close();
    await service.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [total = '10000', concurrency = '20'] = process.argv.slice(2);
  main(Number(total), Number(concurrency)).catch((error: Error) => {
    process.stderr.write(`bench failed: ${error.stack}\n`);
    process.exitCode = 1;
  });
}
