import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig } from '../../src/config/loadConfig';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { redactedPaths } from '../../src/createLogger';

/** Each test starts the whole app (NLU training included); a busy CI machine needs more than jest's 5 s. */
jest.setTimeout(30_000);

const memberWords = ['Maria Lopez', '03/04/1950', '555-867-5309', '1200 Elm Street', 'ya no quiero vivir', 'M123456789'];

describe('logs and metrics', () => {
  let app: RunningCarebridge;
  let logs = '';
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs += chunk.toString();
        done();
      },
    });
    const logger = pino({ level: 'trace', redact: { paths: redactedPaths, censor: '[redacted]' } }, sink);
    const dir = mkdtempSync(join(tmpdir(), 'carebridge-obs-'));
    app = await startCarebridge(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` }), { logger });
  });
  afterAll(() => app.close());

  const post = (path: string, body: string, token?: string) =>
    fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body,
    });

  it('never writes member data or message text to the logs, even for bad requests', async () => {
    const start = (await (await post('/v3/directline/tokens/generate', '{}')).json()) as { conversationId: string; token: string };
    for (const text of memberWords) {
      const res = await post(`/v3/directline/conversations/${start.conversationId}/activities`, JSON.stringify({ type: 'message', text }), start.token);
      expect(res.status).toBe(200);
    }
    await post(`/v3/directline/conversations/${start.conversationId}/activities`, `{"type":"message","text":"${memberWords[1]}`, start.token);
    await post(`/v3/directline/conversations/${start.conversationId}/activities`, JSON.stringify({ type: 7, text: memberWords[2] }), start.token);
    await post('/v3/directline/conversations/unknown-conversation/activities', JSON.stringify({ type: 'message', text: memberWords[3] }), start.token);
    expect(logs).toContain('request refused');
    for (const word of memberWords) expect(logs).not.toContain(word);
    expect(logs).not.toContain(start.token);
  });

  it('counts turns by channel and times them for Prometheus', async () => {
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/carebridge_turns_total\{channel="directline"\} [1-9]\d*/);
    expect(metrics).toMatch(/carebridge_turn_duration_seconds_count\{channel="directline"\} [1-9]\d*/);
    expect(metrics).toMatch(/carebridge_http_rejections_total\{[^}]*status="400"\} [1-9]/);
  });

  it('reports liveness and readiness', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});
