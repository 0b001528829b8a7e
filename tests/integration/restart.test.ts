import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess';
import { t } from '../helpers/localeText';

jest.setTimeout(60_000);


interface Activity {
  id: string;
  text?: string;
  from: { role?: string };
}

async function post(url: string, token: string | undefined, body: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function activities(server: ServerProcess, conversationId: string, token: string, watermark = 0) {
  const res = await fetch(`${server.url}/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await res.json()) as { activities: Activity[]; watermark: string };
}

describe('a server killed between two turns', () => {
  let dir: string;
  let server: ServerProcess | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'carebridge-restart-'));
  });
  afterAll(async () => {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('goes on where it was, in the member language, with no message lost', async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'carebridge.sqlite')}` };
    server = await startServerProcess(env);
    const start = await post(`${server.url}/v3/directline/tokens/generate`, undefined, { user: { id: 'web_restart_member' } });
    const { conversationId, token } = start.body as { conversationId: string; token: string };
    const menu = await activities(server, conversationId, token);
    expect(menu.activities.map((a) => a.text).join('\n')).toContain(t('es', 'languageMenu.option', { number: 2 }));

    await server.kill();
    server = await startServerProcess(env);

    // The language menu was open when the server died: the answer to it still counts.
    const chose = await post(`${server.url}/v3/directline/conversations/${conversationId}/activities`, token, {
      type: 'message',
      text: '2',
      from: { id: 'web_restart_member' },
    });
    expect(chose.status).toBe(200);
    const afterFirst = await activities(server, conversationId, token, Number(menu.watermark));
    expect(afterFirst.activities.map((a) => a.text).join('\n')).toContain(t('es', 'mainMenu.prompt'));

    await server.kill();
    server = await startServerProcess(env);

    await post(`${server.url}/v3/directline/conversations/${conversationId}/activities`, token, { type: 'message', text: '1' });
    const all = await activities(server, conversationId, token);
    const texts = all.activities.map((a) => a.text ?? '');
    expect(texts[texts.length - 1]).toContain(t('es', 'benefits:ask'));
    expect(new Set(all.activities.map((a) => a.id)).size).toBe(all.activities.length);
    expect(texts.filter((text) => text === '2' || text === '1')).toEqual(['2', '1']);
  });
});
