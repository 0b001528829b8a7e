import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCarebridge } from '../../src/main';
import { loadConfig } from '../../src/config/loadConfig';
jest.setTimeout(60000);
test('debug2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cbdbg-'));
  const app = await startCarebridge(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${dir}/x.sqlite`, LOG_LEVEL: 'debug' }));
  const post = async (path: string, token: string | null, body: unknown) => {
    const r = await fetch(app.url + '/v3/directline' + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: 'Bearer ' + token } : {}) }, body: JSON.stringify(body) });
    return [r.status, await r.json()] as const;
  };
  const [, g] = await post('/tokens/generate', null, { user: { id: 'web_x' }, locale: 'es-US' });
  for (const text of ['hola', 'ya no quiero vivir', 'quiero morir', '1']) {
    console.log(text, await post(`/conversations/${g.conversationId}/activities`, g.token, { type: 'message', from: { id: 'web_x' }, text, locale: 'es-US', channelData: { clientActivityID: 'c' + text } }));
  }
  await new Promise((r) => setTimeout(r, 1000));
  const r = await fetch(`${app.url}/v3/directline/conversations/${g.conversationId}/activities`, { headers: { authorization: 'Bearer ' + g.token } });
  const body = await r.json();
  console.log(body.activities.map((a: any) => `${a.from.role ?? a.from.id}: ${a.text}`).join('\n---\n'));
  await app.close();
});
