import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config/loadConfig';
import { startCarebridge, type RunningCarebridge } from '../../src/main';

/** Each test starts the whole app (NLU training included); a busy CI machine needs more than jest's 5 s. */
jest.setTimeout(30_000);

const ADMIN_TOKEN = 'test-admin-token-0123456789';

describe('POST /api/nlu/parse', () => {
  let app: RunningCarebridge;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carebridge-nlu-'));
    app = await startCarebridge(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, ADMIN_TOKEN }),
      { logger: pino({ level: 'silent' }) },
    );
  });
  afterAll(() => app.close());

  const parse = (body: string, token: string | null = ADMIN_TOKEN) =>
    fetch(`${app.url}/api/nlu/parse`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body,
    });

  it('reads a Spanish code-switched message as a ride booking', async () => {
    const res = await parse(JSON.stringify({ text: 'necesito un ride pal doctor', locale: 'es' }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ locale: 'es', intent: { name: 'ride.book' } });
    expect(body.intent.confidence).toBeGreaterThan(0.5);
    expect(Object.keys(body).sort()).toEqual(['entities', 'intent', 'locale']);
  });

  it('names the benefit and the language it finds', async () => {
    const body = await (await parse(JSON.stringify({ text: 'răng có được bảo hiểm không' }))).json();
    expect(body.locale).toBe('vi');
    expect(body.intent.name).toBe('benefit.coverage');
    expect(body.entities).toContainEqual({ type: 'benefit', value: 'dental' });
  });

  it('puts safety first', async () => {
    const body = await (await parse(JSON.stringify({ text: 'ya no quiero vivir' }))).json();
    expect(body.intent).toEqual({ name: 'safety.crisis', confidence: 1 });
  });

  it('refuses a request without the admin token, or with a wrong one', async () => {
    expect((await parse(JSON.stringify({ text: 'hola' }), null)).status).toBe(401);
    expect((await parse(JSON.stringify({ text: 'hola' }), 'wrong-token-0123456789xx')).status).toBe(401);
  });

  it.each([
    ['malformed JSON', '{"text": '],
    ['a text that is not a string', JSON.stringify({ text: 12 })],
    ['an empty text', JSON.stringify({ text: '' })],
    ['no text at all', JSON.stringify({ locale: 'es' })],
  ])('answers 400 to %s', async (_what, body) => {
    const res = await parse(body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('BadArgument');
  });

  it('answers 413 to a text over 2,000 characters', async () => {
    expect((await parse(JSON.stringify({ text: 'a'.repeat(2001) }))).status).toBe(413);
    expect((await parse(JSON.stringify({ text: 'a '.repeat(1000) }))).status).toBe(200);
  });
});
