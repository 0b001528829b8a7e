import WebSocket from 'ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Router } from 'express';
import pino from 'pino';
import { ActivityTypes, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { loadConfig } from '../../src/config/loadConfig';
import { loadPlan } from '../../src/config/loadPlan';
import { createI18n } from '../../src/i18n/createI18n';
import { projectRoot } from '../../src/projectRoot';
import { createApp } from '../../src/app';
import { createMetrics } from '../../src/metrics';
import type { Language } from '../../src/domain/language';
import { openSqlite } from '../../src/adapters/sqlite/openSqlite';
import { SqliteDirectLineStore } from '../../src/adapters/sqlite/sqliteDirectLineStore';
import { InProcessConversationEvents } from '../../src/adapters/memory/inProcessConversationEvents';
import { ConversationLock } from '../../src/bot/conversationLock';
import type { TurnLogic } from '../../src/bot/turnLogic';
import { DirectLineAdapter } from '../../src/channels/directline/directLineAdapter';
import { DirectLineService } from '../../src/channels/directline/directLineService';
import { TokenService } from '../../src/channels/directline/tokenService';
import { ActivityStream } from '../../src/channels/directline/activityStream';
import { directLineRoutes, DIRECT_LINE_BASE } from '../../src/channels/directline/directLineRoutes';
import { FixedClock } from '../helpers/fixedClock';
import { DirectLineClient, type DirectLineConversation, type DirectLineGrant } from '../helpers/directLineClient';

/** Each test starts the whole app (NLU training included); a busy CI machine needs more than jest's 5 s. */
jest.setTimeout(30_000);

const root = projectRoot(__dirname);
const plan = loadPlan(join(root, 'data', 'demo-plan.json'));
const i18n = createI18n(join(root, 'locales'));
/** A locale line as a member reads it. */
const t = (language: Language, key: string, vars: Record<string, unknown> = {}) => i18n.t(key, { lng: language, planName: plan.name, ...vars });

const START = '2025-03-10T14:00:00.000Z';
const TTL_SECONDS = 1800;
const BOT_ID = 'carebridge';
const silent = pino({ level: 'silent' });
const ids = (activities: Activity[]) => activities.map((activity) => activity.id);
const errorBody = (code: string) => ({ error: { code, message: expect.any(String) } });

describe('Direct Line 3.0 endpoint of a running Carebridge', () => {
  const clock = new FixedClock(START);
  let dir: string;
  let app: RunningCarebridge;
  let client: DirectLineClient;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'carebridge-directline-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`,
      LOG_LEVEL: 'silent',
      DIRECTLINE_TOKEN_TTL_SECONDS: String(TTL_SECONDS),
    });
    app = await startCarebridge(config, { clock, logger: silent });
    client = new DirectLineClient(app.url);
  });

  afterEach(async () => {
    await client?.closeSockets();
    clock.set(START);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('starting a conversation', () => {
    function expectGrant(grant: DirectLineGrant): void {
      expect(grant).toEqual({
        conversationId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
        token: expect.any(String),
        expires_in: TTL_SECONDS,
        streamUrl: expect.any(String),
      });
      const stream = new URL(grant.streamUrl);
      expect(stream.protocol).toBe('ws:');
      expect(stream.host).toBe(new URL(app.url).host);
      expect(stream.pathname).toBe(`/v3/directline/conversations/${grant.conversationId}/stream`);
    }

    it('generates a token for a new conversation with its lifetime and a WebSocket stream URL', async () => {
      const answer = await client.request<DirectLineGrant>('POST', '/tokens/generate', { json: {} });

      expect(answer.status).toBe(200);
      expectGrant(answer.body);
    });

    it('creates a conversation with 201 and the same grant fields', async () => {
      const answer = await client.request<DirectLineGrant>('POST', '/conversations');

      expect(answer.status).toBe(201);
      expectGrant(answer.body);
    });

    it('gives every conversation its own id and token', async () => {
      const a = await client.startConversation();
      const b = await client.startConversation();

      expect(a.id).not.toBe(b.id);
      expect(a.token).not.toBe(b.token);
    });

    it('lets the bot speak first: the language menu is there before the member sends anything', async () => {
      const conversation = await client.startConversation();

      const { activities } = await conversation.activities();

      expect(activities).toHaveLength(1);
      const [menu] = activities;
      expect(menu).toMatchObject({ type: 'message', from: { id: BOT_ID }, conversation: { id: conversation.id }, timestamp: START });
      expect(menu.text).toContain(t('en', 'languageMenu.welcome'));
      expect(menu.text).toContain(t('es', 'languageMenu.option', { number: 2 }));
      expect(menu.suggestedActions?.actions.map((action) => action.value)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    });

    it('greets in Spanish first when the page picked Spanish and gave the member id', async () => {
      const conversation = await client.startConversation({ locale: 'es', user: { id: 'web_abcdef123456' } });

      const [first] = (await conversation.activities()).activities;

      expect(first.from.id).toBe(BOT_ID);
      expect(first.text?.startsWith(t('es', 'greeting'))).toBe(true);
      expect(first.text).toContain('¡Hola! Soy el asistente de Sunrise Community Health Plan.');
      expect(first.text).not.toContain(t('en', 'greeting'));
    });

    it('resumes the conversation of a generated token without greeting a second time', async () => {
      const generated = (await client.request<DirectLineGrant>('POST', '/tokens/generate')).body;

      const resumed = await client.request<DirectLineGrant>('POST', '/conversations', { token: generated.token });

      expect(resumed.status).toBe(200);
      expect(resumed.body.conversationId).toBe(generated.conversationId);
      const activities = await client.request<{ activities: Activity[] }>('GET', `/conversations/${generated.conversationId}/activities`, {
        token: resumed.body.token,
      });
      expect(activities.body.activities).toHaveLength(1);
    });
  });

  describe('posting activities', () => {
    it('returns the id of the member activity and echoes it back with a timestamp and channelData untouched', async () => {
      const conversation = await client.startConversation({ user: { id: 'web_abcdef123456' } });
      const { watermark } = await conversation.activities();
      clock.advanceSeconds(5);
      const channelData = {
        clientActivityID: '1741615205000x7k2qa',
        clientTimestamp: '2025-03-10T14:00:05.000Z',
        custom: { nested: [1, { deep: true }], empty: null },
      };

      const id = await conversation.post({ type: 'message', text: '1', locale: 'en-US', channelData });

      expect(id).toEqual(expect.stringContaining(conversation.id));
      const [echo] = (await conversation.activities(watermark)).activities;
      expect(echo).toMatchObject({
        id,
        type: 'message',
        text: '1',
        channelId: 'directline',
        timestamp: '2025-03-10T14:00:05.000Z',
        conversation: { id: conversation.id },
        from: { id: 'web_abcdef123456', role: 'user' },
      });
      expect(echo.channelData).toEqual(channelData);
    });

    it('follows the echo with the bot reply to it', async () => {
      const conversation = await client.startConversation();
      const { watermark } = await conversation.activities();

      const id = await conversation.say('1');

      const { activities } = await conversation.activities(watermark);
      expect(activities).toHaveLength(2);
      const [echo, reply] = activities;
      expect(echo.id).toBe(id);
      expect(reply).toMatchObject({ type: 'message', replyToId: id, from: { id: BOT_ID }, timestamp: START });
      expect(reply.text).toContain(t('en', 'language.changed'));
      expect(reply.id).not.toBe(id);
    });

    it('takes the member id from the token, not from the posted from field', async () => {
      const conversation = await client.startConversation({ user: { id: 'web_abcdef123456' } });
      const { watermark } = await conversation.activities();

      await conversation.post({ type: 'message', text: 'hello', from: { id: 'web_someoneelse99', name: 'Ana' } });

      const [echo] = (await conversation.activities(watermark)).activities;
      expect(echo.from).toMatchObject({ id: 'web_abcdef123456', name: 'Ana', role: 'user' });
    });

    it('keeps typing from the client out of the activity list and sends it over the WebSocket only', async () => {
      const conversation = await client.startConversation();
      const socket = await conversation.connect();
      await socket.nextActivities(1);
      const { watermark } = await conversation.activities();

      await conversation.post({ type: 'typing', channelData: { clientActivityID: 'typing-1' } });

      const [typing] = await socket.nextActivities(1);
      expect(typing).toMatchObject({ type: 'typing', from: { role: 'user' } });
      expect(socket.frames.at(-1)?.watermark).toBeUndefined();
      expect(await conversation.activities(watermark)).toEqual({ activities: [], watermark });
      const id = await conversation.say('1');
      expect((await conversation.activities(watermark)).activities[0].id).toBe(id);
    });
  });

  describe('watermarks', () => {
    it('returns exactly what came after a watermark, page after page', async () => {
      const conversation = await client.startConversation();
      const first = await conversation.activities();
      const firstSaid = await conversation.say('1');
      const second = await conversation.activities(first.watermark);
      const secondSaid = await conversation.say('3');
      const third = await conversation.activities(second.watermark);

      const all = await conversation.activities();

      expect(second.activities[0].id).toBe(firstSaid);
      expect(third.activities[0].id).toBe(secondSaid);
      expect(ids([...first.activities, ...second.activities, ...third.activities])).toEqual(ids(all.activities));
      expect(third.watermark).toBe(all.watermark);
    });

    it('replays the same activities, ids included, for the same watermark', async () => {
      const conversation = await client.startConversation();
      const { watermark } = await conversation.activities();
      await conversation.say('1');
      await conversation.say('2');

      const once = await conversation.activities(watermark);
      const again = await conversation.activities(watermark);

      expect(once.activities.length).toBeGreaterThanOrEqual(4);
      expect(again).toEqual(once);
    });

    it('returns nothing new and the same watermark at the end of the conversation', async () => {
      const conversation = await client.startConversation();
      await conversation.say('1');
      const { watermark } = await conversation.activities();

      expect(await conversation.activities(watermark)).toEqual({ activities: [], watermark });
    });
  });

  describe('WebSocket stream', () => {
    it('pushes the bot first message as an activity set as soon as the stream opens', async () => {
      const conversation = await client.startConversation();

      const socket = await conversation.connect();
      const [menu] = await socket.nextActivities(1);

      const polled = await conversation.activities();
      expect(menu).toEqual(polled.activities[0]);
      expect(socket.frames[0]).toEqual({ activities: [menu], watermark: polled.watermark });
    });

    it('pushes the echo and the reply of a message posted over HTTP', async () => {
      const conversation = await client.startConversation();
      const socket = await conversation.connect();
      await socket.nextActivities(1);

      const id = await conversation.say('1', { clientActivityID: 'web-chat-42' });

      const [echo, reply] = await socket.nextActivities(2);
      expect(echo).toMatchObject({ id, channelData: { clientActivityID: 'web-chat-42' } });
      expect(reply).toMatchObject({ replyToId: id, from: { id: BOT_ID } });
      expect(socket.watermark).toBe((await conversation.activities()).watermark);
      for (const frame of socket.frames) expect(frame).toEqual({ activities: expect.any(Array), watermark: expect.any(String) });
    });

    it('delivers exactly the activities missed while the socket was down, after reconnecting with a fresh stream URL', async () => {
      const conversation = await client.startConversation();
      const firstUrl = conversation.streamUrl;
      const first = await conversation.connect();
      await first.nextActivities(1);
      const sentBefore = await conversation.say('1');
      expect((await first.nextActivities(2)).map((a) => a.id)[0]).toBe(sentBefore);
      const seen = first.watermark!;
      await first.drop();

      const sentWhileDown = await conversation.say('2');
      clock.advanceSeconds(30);
      const grant = await conversation.reconnect(seen);

      expect(grant.conversationId).toBe(conversation.id);
      expect(grant.streamUrl).not.toBe(firstUrl);
      expect(new URL(grant.streamUrl).searchParams.get('watermark')).toBe(seen);
      const second = await conversation.connect(grant.streamUrl);
      const [echo, reply] = await second.nextActivities(2);
      expect(echo.id).toBe(sentWhileDown);
      expect(reply.replyToId).toBe(sentWhileDown);
      expect(await second.unreadAfter()).toEqual([]);
      const delivered = ids([...first.received, ...second.received]);
      expect(delivered).toEqual(ids((await conversation.activities()).activities));
      expect(new Set(delivered).size).toBe(delivered.length);
    });

    it('refuses a second socket for the same conversation while the first is open, and keeps the first', async () => {
      const conversation = await client.startConversation();
      const first = await conversation.connect();
      await first.nextActivities(1);

      expect(await client.refusalStatus(conversation.streamUrl)).toBe(409);

      const id = await conversation.say('1');
      const [echo] = await first.nextActivities(2);
      expect(echo.id).toBe(id);
    });

    it('lets a new socket replace one that dropped without closing (it no longer answers pings)', async () => {
      const conversation = await client.startConversation();
      const silent = new WebSocket(conversation.streamUrl, { autoPong: false });
      await new Promise((resolve) => silent.once('message', resolve));
      try {
        const replacement = await conversation.connect();
        expect(await replacement.nextActivities(1)).toHaveLength(1);
        const id = await conversation.say('1');
        const [echo] = await replacement.nextActivities(2);
        expect(echo.id).toBe(id);
      } finally {
        silent.terminate();
      }
    });

    it('accepts the token in the Authorization header instead of the query', async () => {
      const conversation = await client.startConversation();
      const url = new URL(conversation.streamUrl);
      url.searchParams.delete('t');

      const socket = await client.connect(url.toString(), { authorization: `Bearer ${conversation.token}` });

      expect(await socket.nextActivities(1)).toHaveLength(1);
    });
  });

  describe('tokens', () => {
    const get = (conversationId: string, token: string) => client.request('GET', `/conversations/${conversationId}/activities`, { token });
    const refresh = (token: string) => client.request<DirectLineGrant>('POST', '/tokens/refresh', { token });
    const streamWith = (conversation: DirectLineConversation, token: string, conversationId = conversation.id) => {
      const url = new URL(conversation.streamUrl.replace(conversation.id, conversationId));
      url.searchParams.set('t', token);
      return client.refusalStatus(url.toString());
    };

    it('refreshes a token for the same conversation, and the new token outlives the old one', async () => {
      const conversation = await client.startConversation();
      clock.advanceSeconds(600);

      const refreshed = await refresh(conversation.token);

      expect(refreshed.status).toBe(200);
      expect(refreshed.body).toMatchObject({ conversationId: conversation.id, expires_in: TTL_SECONDS });
      expect(refreshed.body.token).not.toBe(conversation.token);
      clock.advanceSeconds(TTL_SECONDS - 600 + 1);
      expect((await get(conversation.id, conversation.token)).status).toBe(403);
      expect((await get(conversation.id, refreshed.body.token)).status).toBe(200);
    });

    it('still accepts a token one second before it expires', async () => {
      const conversation = await client.startConversation();
      clock.advanceSeconds(TTL_SECONDS - 1);

      expect((await get(conversation.id, conversation.token)).status).toBe(200);
    });

    it('refuses an expired token with 403 on refresh, on activities and on the stream', async () => {
      const conversation = await client.startConversation();
      clock.advanceSeconds(TTL_SECONDS + 1);

      const refreshed = await refresh(conversation.token);
      const polled = await get(conversation.id, conversation.token);
      const posted = await client.request('POST', `/conversations/${conversation.id}/activities`, {
        token: conversation.token,
        json: { type: 'message', text: 'hello' },
      });

      expect(refreshed).toMatchObject({ status: 403, body: errorBody('Forbidden') });
      expect(polled).toMatchObject({ status: 403, body: errorBody('Forbidden') });
      expect(posted).toMatchObject({ status: 403, body: errorBody('Forbidden') });
      expect(await streamWith(conversation, conversation.token)).toBe(403);
    });

    it.each([
      ['no token at all', undefined],
      ['an empty token', ''],
      ['a token that is not one', 'not-a-token'],
      ['a token with too many parts', 'a.b.c'],
    ])('refuses %s with 403', async (_case, token) => {
      const conversation = await client.startConversation();

      const answer = await client.request('GET', `/conversations/${conversation.id}/activities`, token === undefined ? {} : { token });

      expect(answer).toMatchObject({ status: 403, body: errorBody('Forbidden') });
    });

    it('refuses a token signed with another key', async () => {
      const conversation = await client.startConversation();
      const forged = new TokenService('another-key-that-is-long-enough-0123', TTL_SECONDS, clock).issue(conversation.id, 'web_abcdef123456');

      expect((await get(conversation.id, forged.token)).status).toBe(403);
      expect((await refresh(forged.token)).status).toBe(403);
    });

    it('refuses a token whose claims were changed after signing', async () => {
      const a = await client.startConversation();
      const b = await client.startConversation();
      const [, signatureOfA] = a.token.split('.');
      const [claimsOfB] = b.token.split('.');

      expect((await get(b.id, `${claimsOfB}.${signatureOfA}`)).status).toBe(403);
    });

    it('refuses the token of one conversation on another with 403', async () => {
      const a = await client.startConversation();
      const b = await client.startConversation();

      const polled = await get(b.id, a.token);
      const posted = await client.request('POST', `/conversations/${b.id}/activities`, { token: a.token, json: { type: 'message', text: 'hi' } });
      const resumed = await client.request('GET', `/conversations/${b.id}`, { token: a.token });

      expect(polled).toMatchObject({ status: 403, body: errorBody('Forbidden') });
      expect(posted.status).toBe(403);
      expect(resumed.status).toBe(403);
      expect(await streamWith(a, a.token, b.id)).toBe(403);
      expect((await b.activities()).activities).toHaveLength(1);
    });

    it('answers 404 for a conversation that does not exist, even with a valid token', async () => {
      const conversation = await client.startConversation();
      const unknown = 'no-such-conversation-123';

      expect(await get(unknown, conversation.token)).toMatchObject({ status: 404, body: errorBody('NotFound') });
      expect((await client.request('GET', `/conversations/${unknown}`, { token: conversation.token })).status).toBe(404);
      expect(await streamWith(conversation, conversation.token, unknown)).toBe(404);
    });
  });

  describe('bad input', () => {
    const post = (conversation: DirectLineConversation, raw: string) =>
      client.request('POST', `/conversations/${conversation.id}/activities`, { token: conversation.token, raw });

    it.each([
      ['malformed JSON', '{"type": "message", "text": ', 400, 'BadArgument'],
      ['a text that is a number', JSON.stringify({ type: 'message', text: 42 }), 400, 'BadArgument'],
      ['an activity without a type', JSON.stringify({ text: 'hello' }), 400, 'BadArgument'],
      ['a type that is not a string', JSON.stringify({ type: 7, text: 'hello' }), 400, 'BadArgument'],
      ['channelData that is not an object', JSON.stringify({ type: 'message', text: 'hi', channelData: 'x' }), 400, 'BadArgument'],
      ['a JSON array', '[]', 400, 'BadArgument'],
      ['an empty body', '', 400, 'BadArgument'],
      ['a body over 256 KB', JSON.stringify({ type: 'message', text: 'a'.repeat(300 * 1024) }), 413, 'BodyTooLarge'],
    ])('refuses %s, stores nothing, and keeps serving the conversation', async (_case, raw, status, code) => {
      const conversation = await client.startConversation();
      const { watermark } = await conversation.activities();

      const answer = await post(conversation, raw);

      expect(answer).toMatchObject({ status, body: errorBody(code) });
      expect(await conversation.activities(watermark)).toEqual({ activities: [], watermark });
      const id = await conversation.say('1');
      expect((await conversation.activities(watermark)).activities[0].id).toBe(id);
    });

    it.each([['abc'], ['-1'], ['1.5'], ['1e3'], ['12345678901234']])('refuses the watermark %s with 400 and keeps serving', async (watermark) => {
      const conversation = await client.startConversation();

      const polled = await client.request('GET', `/conversations/${conversation.id}/activities?watermark=${watermark}`, { token: conversation.token });
      const resumed = await client.request('GET', `/conversations/${conversation.id}?watermark=${watermark}`, { token: conversation.token });

      expect(polled).toMatchObject({ status: 400, body: errorBody('BadArgument') });
      expect(resumed).toMatchObject({ status: 400, body: errorBody('BadArgument') });
      expect((await conversation.activities()).activities).toHaveLength(1);
    });

    it('refuses a repeated watermark with 400', async () => {
      const conversation = await client.startConversation();

      const answer = await client.request('GET', `/conversations/${conversation.id}/activities?watermark=1&watermark=2`, { token: conversation.token });

      expect(answer.status).toBe(400);
    });

    it.each([
      ['a user id too short to be one the page made', { user: { id: 'x' } }],
      ['a user id with spaces', { user: { id: 'web member 1234' } }],
      ['a locale that is not a string', { locale: 7 }],
      ['malformed JSON', '{"locale":'],
    ])('refuses to start a conversation with %s', async (_case, body) => {
      const answer = await client.request('POST', '/conversations', typeof body === 'string' ? { raw: body } : { json: body });

      expect(answer).toMatchObject({ status: 400, body: errorBody('BadArgument') });
      expect((await client.request('POST', '/conversations', { json: {} })).status).toBe(201);
    });
  });

  describe('CORS', () => {
    it('answers a preflight with 204 and allows Authorization, Content-Type and x-ms-bot-agent', async () => {
      const response = await fetch(`${app.url}/v3/directline/conversations/abc/activities`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://member.example.org',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type,x-ms-bot-agent',
        },
      });

      expect(response.status).toBe(204);
      const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(',').map((h) => h.trim().toLowerCase());
      expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-ms-bot-agent']));
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      expect(response.headers.get('access-control-allow-origin')).toBeTruthy();
    });

    it('lets a page on another origin read refusals as well as answers', async () => {
      const refused = await client.request('GET', '/conversations/abc/activities', { headers: { origin: 'https://member.example.org' } });
      const started = await client.request('POST', '/conversations', { headers: { origin: 'https://member.example.org' } });

      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeTruthy();
      expect(started.headers.get('access-control-allow-origin')).toBeTruthy();
    });
  });
});

describe('Direct Line adapter: proactive replies', () => {
  /** The Direct Line pieces wired as main.ts does, around a small bot that acknowledges and remembers where it was. */
  async function startDirectLine(clock: FixedClock) {
    const db = openSqlite(':memory:');
    const store = new SqliteDirectLineStore(db);
    const events = new InProcessConversationEvents();
    const adapter = new DirectLineAdapter(store, events, clock);
    const tokens = new TokenService('a-test-key-that-is-long-enough-000', TTL_SECONDS, clock);
    const references = new Map<string, Partial<ConversationReference>>();
    const logic: TurnLogic = async (context) => {
      if (context.activity.type === ActivityTypes.ConversationUpdate) {
        references.set(context.activity.conversation.id, TurnContext.getConversationReference(context.activity));
      } else if (context.activity.type === ActivityTypes.Message) {
        await context.sendActivity('One moment, I am looking that up.');
      }
    };
    const service = new DirectLineService({
      store, events, adapter, tokens, lock: new ConversationLock(), clock, logic,
      bot: { id: 'test-bot', name: 'Test bot', role: 'bot' },
    });
    const app = createApp({
      logger: silent,
      metrics: createMetrics(),
      routers: [Router().use(DIRECT_LINE_BASE, directLineRoutes({ service, tokens }))],
    });
    const stream = new ActivityStream(service, store, tokens, events, silent);
    const server = createServer(app);
    server.on('upgrade', (req, socket, head) => {
      if (!stream.handleUpgrade(req, socket, head)) socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const close = async () => {
      stream.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
    };
    return { url, adapter, store, events, references, close };
  }

  const clock = new FixedClock(START);
  let running: Awaited<ReturnType<typeof startDirectLine>>;
  let client: DirectLineClient;

  beforeEach(async () => {
    clock.set(START);
    running = await startDirectLine(clock);
    client = new DirectLineClient(running.url);
  });

  afterEach(async () => {
    await client?.closeSockets();
    await running?.close();
  });

  it('appends a message sent later through continueConversation to the conversation queue and pushes it to the socket', async () => {
    const conversation = await client.startConversation({ user: { id: 'web_abcdef123456' } });
    const socket = await conversation.connect();
    await conversation.say('where is my ride');
    await socket.nextActivities(2);
    const { watermark } = await conversation.activities();
    clock.advanceSeconds(120);

    await running.adapter.continueConversation(running.references.get(conversation.id)!, async (context) => {
      await context.sendActivity({ type: ActivityTypes.Message, text: 'Your ride is booked.' });
    });

    const [pushed] = await socket.nextActivities(1);
    const queued = await conversation.activities(watermark);
    expect(queued.activities).toEqual([pushed]);
    expect(pushed).toMatchObject({
      type: 'message',
      text: 'Your ride is booked.',
      channelId: 'directline',
      timestamp: '2025-03-10T14:02:00.000Z',
      conversation: { id: conversation.id },
      from: { id: 'test-bot' },
      recipient: { id: 'web_abcdef123456' },
    });
    expect(pushed.id).toEqual(expect.stringContaining(conversation.id));
    expect(pushed).not.toHaveProperty('serviceUrl');
  });

  it('queues proactive messages to a member who is not connected, for the next poll', async () => {
    const conversation = await client.startConversation();
    const { watermark } = await conversation.activities();

    await running.adapter.continueConversation(running.references.get(conversation.id)!, async (context) => {
      await context.sendActivity('First update.');
      await context.sendActivity('Second update.');
    });

    const { activities } = await conversation.activities(watermark);
    expect(activities.map((activity) => activity.text)).toEqual(['First update.', 'Second update.']);
  });

  it('sends bot typing over the socket only and never stores trace activities', async () => {
    const conversation = await client.startConversation();
    const socket = await conversation.connect();
    const { watermark } = await conversation.activities();

    await running.adapter.continueConversation(running.references.get(conversation.id)!, async (context) => {
      await context.sendActivities([
        { type: ActivityTypes.Typing },
        { type: ActivityTypes.Trace, name: 'debug', value: { internal: true } },
      ]);
    });

    const [typing] = await socket.nextActivities(1);
    expect(typing).toMatchObject({ type: 'typing', from: { id: 'test-bot' } });
    expect(await socket.unreadAfter()).toEqual([]);
    expect(await conversation.activities(watermark)).toEqual({ activities: [], watermark });
  });
});
