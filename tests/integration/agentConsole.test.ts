import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { loadConfig } from '../../src/config/loadConfig';
import { FixedClock } from '../helpers/fixedClock';
import { t } from '../helpers/localeText';
import { DirectLineClient, type DirectLineConversation } from '../helpers/directLineClient';
import { AgentConsoleClient, type ConsoleError } from '../helpers/agentConsoleClient';

jest.setTimeout(60_000);

const clock = new FixedClock('2026-11-30T17:00:00.000Z'); // Monday, 11:00 in Springfield: Member Services is open
let dir: string;
let app: RunningCarebridge;
let directLine: DirectLineClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'carebridge-console-'));
  app = await startCarebridge(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}` }), { clock });
  directLine = new DirectLineClient(app.url);
}, 60_000);

afterAll(async () => {
  await directLine?.closeSockets();
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const refusal = (code: string) => ({ error: expect.objectContaining({ code, message: expect.any(String) }) as ConsoleError['error'] });

async function signedIn(agentId: string): Promise<AgentConsoleClient> {
  const agent = new AgentConsoleClient(app.url);
  expect((await agent.signIn(agentId)).status).toBe(200);
  return agent;
}

/** Starts a web chat (Korean picked on the page, or English from the language menu), writes each text, and returns the open handoff. */
async function memberInLine(locale: 'ko' | 'en', texts: string[]): Promise<{ conversation: DirectLineConversation; handoffId: string }> {
  const conversation = await directLine.startConversation(locale === 'ko' ? { locale: 'ko' } : {});
  for (const text of locale === 'en' ? ['1', ...texts] : texts) await conversation.say(text);
  const handoff = await app.stores.handoffs.openFor(conversation.id);
  if (!handoff) throw new Error(`no handoff opened; the bot said: ${(await botTexts(conversation)).join(' | ')}`);
  return { conversation, handoffId: handoff.id };
}

/** Soon-ja Kim, verified through the rides path, asks for a person: her care coordinator is cc-jiwoo. */
const soonJaInLine = () => memberInLine('ko', ['3', 'M10000004', '1/9/1945', '0']);

async function botTexts(conversation: DirectLineConversation, watermark?: string): Promise<string[]> {
  const { activities } = await conversation.activities(watermark);
  return activities.filter((a) => a.type === 'message' && a.from.id === 'carebridge').map((a) => a.text ?? '');
}

describe('signing in to the agent console', () => {
  it('accepts the right password with the agent, a CSRF token and an HttpOnly SameSite=Strict cookie', async () => {
    const agent = new AgentConsoleClient(app.url);
    const answer = await agent.signIn('cc-marie');
    expect(answer.status).toBe(200);
    expect(answer.body.agent).toMatchObject({ id: 'cc-marie', name: 'Marie Joseph', available: true });
    expect(answer.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{24,}$/);
    const [cookie, ...more] = answer.headers.getSetCookie();
    expect(more).toEqual([]);
    expect(cookie).toMatch(/^carebridge_agent=[A-Za-z0-9_-]{32,};/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Strict(;|$)/);
    expect(JSON.stringify(answer.body)).not.toContain('argon2');
  });

  it('refuses a wrong password with 401 signIn.failed and no cookie', async () => {
    const answer = await new AgentConsoleClient(app.url).signIn('cc-marie', 'not-the-password');
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual(refusal('signIn.failed'));
    expect(answer.headers.getSetCookie()).toEqual([]);
  });

  it('refuses an agent id that does not exist with the same 401 as a wrong password', async () => {
    const unknown = await new AgentConsoleClient(app.url).signIn('nobody-here', 'carebridge-demo');
    const wrong = await new AgentConsoleClient(app.url).signIn('cc-marie', 'not-the-password');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('locks the account for 15 minutes after 5 wrong passwords, refusing even the right one until then', async () => {
    const agent = new AgentConsoleClient(app.url);
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await agent.signIn('cc-olga', `wrong-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await agent.signIn('cc-olga');
    expect(locked.status).toBe(423);
    expect(locked.body).toEqual({ error: { code: 'signIn.locked', message: expect.any(String), retryAfterMinutes: 15 } });
    clock.advanceSeconds(15 * 60 - 1);
    expect((await agent.signIn('cc-olga')).status).toBe(423);
    clock.advanceSeconds(1);
    expect((await agent.signIn('cc-olga')).status).toBe(200);
  });

  it('answers malformed JSON with 400', async () => {
    const answer = await new AgentConsoleClient(app.url).request('POST', '/api/agent/session', { raw: '{"agentId": "cc-ana", "password": ' });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(refusal('BadArgument'));
  });

  it('refuses a sign-in posted from another site with 403, even with the right password', async () => {
    const answer = await new AgentConsoleClient(app.url).signIn('cc-marie', undefined, { origin: 'https://elsewhere.example' });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual(refusal('Forbidden'));
    expect(answer.headers.getSetCookie()).toEqual([]);
  });

  it('keeps passwords as argon2id hashes in the database', async () => {
    const hash = await app.stores.agents.passwordHash('cc-jiwoo');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(hash).not.toContain('carebridge-demo');
  });
});

describe('an agent session', () => {
  it('answers GET /api/agent/me without a cookie with 401', async () => {
    const answer = await new AgentConsoleClient(app.url).request('GET', '/api/agent/me');
    expect(answer.status).toBe(401);
  });

  it('refuses a change without the CSRF token with 403 and changes nothing; with it, makes the change', async () => {
    const minh = await signedIn('cc-minh');
    const refused = await minh.request('PUT', '/api/agent/availability', { json: { available: false }, csrf: false });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual(refusal('Forbidden'));
    expect((await app.stores.agents.find('cc-minh'))?.available).toBe(true);
    const done = await minh.request<{ agent: { available: boolean } }>('PUT', '/api/agent/availability', { json: { available: false } });
    expect(done.status).toBe(200);
    expect(done.body.agent.available).toBe(false);
    expect((await app.stores.agents.find('cc-minh'))?.available).toBe(false);
  });

  it('makes the agent available on sign-in, and on sign-out of their last session unavailable, with a cookie that no longer works', async () => {
    const phone = await signedIn('cc-ramon'); // the same agent on another device
    const ramon = await signedIn('cc-ramon');
    expect((await app.stores.agents.find('cc-ramon'))?.available).toBe(true);
    const me = await ramon.request<{ agent: { id: string }; csrfToken: string }>('GET', '/api/agent/me');
    expect(me.body).toEqual({ agent: expect.objectContaining({ id: 'cc-ramon' }), csrfToken: ramon.csrfToken });
    const stale = Object.assign(new AgentConsoleClient(app.url), { cookie: ramon.cookie });
    expect((await ramon.signOut()).status).toBe(204);
    expect(ramon.cookie).toBeUndefined();
    expect((await stale.request('GET', '/api/agent/me')).status).toBe(401);
    expect((await app.stores.agents.find('cc-ramon'))?.available).toBe(true);
    expect((await phone.signOut()).status).toBe(204);
    expect((await app.stores.agents.find('cc-ramon'))?.available).toBe(false);
  });
});

describe('the queue and who may take a member (SPEC §9)', () => {
  let jiwoo: AgentConsoleClient;
  let lee: AgentConsoleClient;
  beforeAll(async () => {
    jiwoo = await signedIn('cc-jiwoo');
    lee = await signedIn('sup-lee');
  });

  it("offers a verified member to their own care coordinator alone for 60 seconds, then to others who speak the language", async () => {
    const { handoffId } = await soonJaInLine();
    expect(await jiwoo.queueItem(handoffId)).toMatchObject({ status: 'waiting', language: 'ko', canTake: true, offeredToYou: true });
    expect(await lee.queueItem(handoffId)).toMatchObject({ canTake: false, offeredToYou: false });
    const tooEarly = await lee.accept(handoffId);
    expect(tooEarly.status).toBe(403);
    expect(tooEarly.body).toEqual(refusal('handoff.notYours'));

    clock.advanceSeconds(61);
    const taken = await lee.accept(handoffId);
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ id: handoffId, status: 'active', agentId: 'sup-lee' });
    const late = await jiwoo.accept(handoffId);
    expect(late.status).toBe(409);
    expect(late.body).toEqual(refusal('handoff.taken'));
  });

  it('gives a member to exactly one of two agents accepting ten times at once', async () => {
    const { handoffId } = await memberInLine('ko', ['0']);
    const tries = Array.from({ length: 10 }, (_, i) => (i % 2 ? jiwoo : lee).accept(handoffId));
    const statuses = (await Promise.all(tries)).map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, ...Array<number>(9).fill(409)]);
    expect((await app.stores.handoffs.find(handoffId))?.status).toBe('active');
  });
});

describe('a conversation the care coordinator accepted', () => {
  let jiwoo: AgentConsoleClient;
  let conversation: DirectLineConversation;
  let handoffId: string;
  beforeAll(async () => {
    jiwoo = await signedIn('cc-jiwoo');
    ({ conversation, handoffId } = await soonJaInLine());
    expect((await jiwoo.accept(handoffId)).status).toBe(200);
  });

  it('tells the member in Korean who is helping them', async () => {
    expect(await botTexts(conversation)).toContain(t('ko', 'handoff:accepted', { name: 'Ji-woo' }));
  });

  it("shows the summary in the agent's language and suggestions also in the member's", async () => {
    const { status, body } = await jiwoo.view(handoffId);
    expect(status).toBe(200);
    expect(body.summary.heading).toBe(t('en', 'agent:summary.heading'));
    expect(body.summary.lines).toEqual(
      expect.arrayContaining([
        t('en', 'agent:summary.member', { name: 'Soon-ja Kim', id: 'M10000004' }),
        t('en', 'agent:summary.language', { language: 'Korean' }),
        t('en', 'agent:summary.coordinator', { name: 'Ji-woo Kim' }),
      ]),
    );
    expect(body.suggestions).toEqual(
      [1, 2, 3].map((n) => ({ text: t('en', `agent:suggest.${body.reason}.${n}`), memberText: t('ko', `agent:suggest.${body.reason}.${n}`) })),
    );
    expect(body.suggestions[0].memberText).toMatch(/[\uac00-\ud7a3]/);
  });

  it("shows the member's details to the agent who has the conversation, and audits both views", async () => {
    await jiwoo.view(handoffId);
    const { status, body } = await jiwoo.member(handoffId);
    expect(status).toBe(200);
    expect(body.fields).toEqual(
      expect.arrayContaining([
        { label: t('en', 'agent:profile.name'), value: 'Soon-ja Kim' },
        { label: t('en', 'agent:profile.id'), value: 'M10000004' },
        { label: t('en', 'agent:profile.birthDate'), value: '1945-01-09' },
        { label: t('en', 'agent:profile.phone'), value: '+15555550104' },
      ]),
    );
    const audit = await app.stores.audit.list(new Date(0));
    for (const action of ['handoff.view', 'member.view']) {
      expect(audit).toContainEqual(expect.objectContaining({ agentId: 'cc-jiwoo', action, handoffId, memberId: 'M10000004' }));
    }
  });

  it("refuses the member's details to an agent who does not have the conversation", async () => {
    const sam = await signedIn('ms-sam');
    const answer = await sam.member(handoffId);
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual(refusal('handoff.notYours'));
    expect(await app.stores.audit.list(new Date(0))).not.toContainEqual(expect.objectContaining({ agentId: 'ms-sam', action: 'member.view' }));
  });

  it("brings the agent's reply to the member's web chat, and the member's answer to the transcript", async () => {
    const text = '안녕하세요, 김순자 님. 무엇을 도와드릴까요?';
    const sent = await jiwoo.reply(handoffId, text);
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ delivered: true });
    expect(await botTexts(conversation)).toContain(t('ko', 'handoff:agentSays', { name: 'Ji-woo', text }));
    expect((await jiwoo.view(handoffId)).body.transcript.at(-1)).toMatchObject({ from: 'agent', text });

    await conversation.say('택시가 아직 안 왔어요.');
    expect((await jiwoo.view(handoffId)).body.transcript.at(-1)).toMatchObject({ from: 'member', text: '택시가 아직 안 왔어요.' });
  });

  it('asks the member the survey in Korean when the agent ends the chat, and stores the answers', async () => {
    const ended = await jiwoo.finish(handoffId, 'end');
    expect(ended.status).toBe(200);
    expect((await botTexts(conversation)).at(-1)).toContain(t('ko', 'feedback:satisfaction.ask'));
    const late = await jiwoo.reply(handoffId, 'one more thing');
    expect([late.status, late.body]).toEqual([409, refusal('handoff.ended')]);
    await conversation.say('4');
    await conversation.say('9');
    expect(await app.stores.feedback.list(new Date(0))).toContainEqual(
      expect.objectContaining({ handoffId, channel: 'directline', language: 'ko', reason: 'asked', satisfaction: 4, recommendation: 9 }),
    );
  });
});

describe('handing a member back to the assistant', () => {
  it('shows the member that they are back, and the main menu, without a survey', async () => {
    const sam = await signedIn('ms-sam');
    const { conversation, handoffId } = await memberInLine('en', ['agent']);
    expect((await sam.accept(handoffId)).status).toBe(200);
    const { watermark } = await conversation.activities();
    expect((await sam.finish(handoffId, 'return')).status).toBe(200);
    const said = (await botTexts(conversation, watermark)).join('\n');
    expect(said).toContain(t('en', 'handoff:returned'));
    expect(said).toContain(t('en', 'mainMenu.prompt'));
    expect(said).not.toContain(t('en', 'feedback:satisfaction.ask'));
    expect((await app.stores.handoffs.find(handoffId))?.status).toBe('ended');
  });
});

describe('a member who asked to be called back', () => {
  it('shows the request to every agent with the number in the summary, until someone marks the call done', async () => {
    const sam = await signedIn('ms-sam');
    const { conversation, handoffId } = await memberInLine('en', ['agent']);
    await conversation.say('1');
    await conversation.say('(217) 555-0199');
    expect(await app.stores.handoffs.find(handoffId)).toMatchObject({ status: 'ended' });
    const queue = await sam.request<{ callbacks: Array<{ id: string; status: string }> }>('GET', '/api/agent/queue');
    const [request] = queue.body.callbacks;
    expect(request.status).toBe('callback');
    const view = await sam.request<{ summary: { lines: string[] } }>('GET', `/api/agent/handoffs/${request.id}`);
    expect(view.body.summary.lines).toContain(t('en', 'agent:summary.callback', { phone: '+12175550199' }));
    expect((await sam.request('POST', `/api/agent/handoffs/${request.id}/called`)).status).toBe(200);
    expect((await sam.request<{ callbacks: unknown[] }>('GET', '/api/agent/queue')).body.callbacks).toEqual([]);
    const again = await sam.request('POST', `/api/agent/handoffs/${request.id}/called`);
    expect([again.status, again.body]).toEqual([409, refusal('handoff.ended')]);
  });
});

describe('the console event stream', () => {
  it('refuses the stream without a session', async () => {
    expect((await fetch(`${app.url}/api/agent/events`)).status).toBe(401);
  });

  it('sends "event: queue" to a signed-in agent when a member joins the line', async () => {
    const sam = await signedIn('ms-sam');
    const stream = await sam.events();
    try {
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
      await stream.waitFor('retry: 3000');
      const from = stream.received.length;
      await memberInLine('en', ['agent']);
      expect(await stream.waitFor('event: queue', from)).toContain('event: queue\ndata: {}\n\n');
    } finally {
      stream.close();
    }
  });
});

describe('bad input to the console API', () => {
  let sam: AgentConsoleClient;
  let handoffId: string;
  beforeAll(async () => {
    sam = await signedIn('ms-sam');
    ({ handoffId } = await memberInLine('en', ['agent']));
    expect((await sam.accept(handoffId)).status).toBe(200);
  });
  const agentLines = async () => (await app.stores.handoffs.find(handoffId))?.packet.transcript.filter((line) => line.from === 'agent');

  it('answers a handoff id that does not exist with 404, and one that is not a UUID with 400', async () => {
    const unknown = await sam.view(randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(refusal('NotFound'));
    expect((await sam.accept(randomUUID())).status).toBe(404);
    expect((await sam.view('not-a-uuid')).status).toBe(400);
    expect((await sam.accept('1234')).status).toBe(400);
  });

  it('refuses an empty reply and one of 2,000 characters with 400, and sends neither', async () => {
    expect((await sam.reply(handoffId, '')).status).toBe(400);
    expect((await sam.reply(handoffId, '   ')).status).toBe(400);
    expect((await sam.reply(handoffId, 'x'.repeat(2000))).status).toBe(400);
    expect(await agentLines()).toEqual([]);
  });

  it('refuses a 100 kB body with 413 and still answers /healthz afterwards', async () => {
    const huge = await sam.request('POST', `/api/agent/handoffs/${handoffId}/messages`, { raw: JSON.stringify({ text: 'x'.repeat(100_000) }) });
    expect(huge.status).toBe(413);
    expect(huge.body).toEqual(refusal('BodyTooLarge'));
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });
});
