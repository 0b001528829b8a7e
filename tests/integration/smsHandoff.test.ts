import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { loadConfig } from '../../src/config/loadConfig';
import { FakeTwilioApi } from '../fakes/fakeTwilioApi';
import { FixedClock } from '../helpers/fixedClock';
import { t } from '../helpers/localeText';
import { TWILIO_TEST_ACCOUNT, TWILIO_TEST_TOKEN, messagesOf, postWebhook, sid } from '../helpers/twilioWebhook';
import { AgentConsoleClient } from '../helpers/agentConsoleClient';

jest.setTimeout(60_000);

const PLAN_NUMBER = '+15555550100';
const ROSA = '+15555550103'; // Rosa Hernández, Spanish; her care coordinator is cc-ana (Ana Lucía Torres)

let dir: string;
let app: RunningCarebridge;
let twilioApi: FakeTwilioApi;
let ana: AgentConsoleClient;
const clock = new FixedClock('2026-11-30T17:00:00.000Z'); // Monday, 11:00 in Springfield: Member Services is open

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'carebridge-sms-handoff-'));
  twilioApi = new FakeTwilioApi();
  const apiUrl = await twilioApi.start();
  app = await startCarebridge(
    loadConfig({
      PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`,
      TWILIO_ACCOUNT_SID: TWILIO_TEST_ACCOUNT, TWILIO_AUTH_TOKEN: TWILIO_TEST_TOKEN, TWILIO_FROM_NUMBER: PLAN_NUMBER, TWILIO_API_URL: apiUrl,
    }),
    { clock },
  );
  ana = new AgentConsoleClient(app.url);
  expect((await ana.signIn('cc-ana')).status).toBe(200);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await twilioApi?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Every text of the TwiML answer to the member's text, as one string. */
async function replyTo(body: string): Promise<string> {
  const answer = await postWebhook(`${app.url}/api/sms`, { MessageSid: sid('SM'), AccountSid: TWILIO_TEST_ACCOUNT, From: ROSA, To: PLAN_NUMBER, Body: body, NumMedia: '0' });
  expect(answer.status).toBe(200);
  return flat(messagesOf(answer.body).join(' '));
}
/** The texts the app sent Rosa through the Twilio REST API (not as answers to her texts), from `from` on, as one string. */
const textedToRosa = (from = 0) => flat(twilioApi.sent.slice(from).filter((text) => text.to === ROSA).map((text) => text.body).join(' '));

describe('a member who texts talks with a person, who answers by text', () => {
  let handoffId: string;
  let sentBefore: number;

  it('tells the member in Spanish that a person is coming when she texts 0', async () => {
    expect(await replyTo('hola')).toContain(flat(t('es', 'mainMenu.prompt')));
    expect(await replyTo('0')).toContain(flat(t('es', 'handoff:queued.connecting')));
    const handoff = await app.stores.handoffs.openFor(`sms:${ROSA}`);
    expect(handoff).toMatchObject({ status: 'waiting', packet: { channel: 'sms', language: 'es' } });
    handoffId = handoff!.id;
    expect(await ana.queueItem(handoffId)).toMatchObject({ canTake: true, channel: 'sms' });
    expect(textedToRosa()).toBe('');
  });

  it('texts the member who took her when the agent accepts', async () => {
    sentBefore = twilioApi.sent.length;
    const accepted = await ana.accept(handoffId);
    expect(accepted.status).toBe(200);
    expect(textedToRosa(sentBefore)).toBe(flat(t('es', 'handoff:accepted', { name: 'Ana' })));
    expect(twilioApi.sent.at(-1)).toMatchObject({ accountSid: TWILIO_TEST_ACCOUNT, from: PLAN_NUMBER, to: ROSA });
  });

  it("texts the agent's reply to the member's phone", async () => {
    sentBefore = twilioApi.sent.length;
    const text = 'Hola Rosa, la ayudo con su viaje.';
    const sent = await ana.reply(handoffId, text);
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ delivered: true });
    expect(textedToRosa(sentBefore)).toBe(flat(t('es', 'handoff:agentSays', { name: 'Ana', text })));
  });

  it("puts the member's answer in the agent's transcript", async () => {
    await replyTo('Gracias. El viaje es el martes a las 9.');
    const view = await ana.view(handoffId);
    expect(view.body.transcript.at(-1)).toMatchObject({ from: 'member', text: 'Gracias. El viaje es el martes a las 9.' });
    expect(view.body.transcript.map((line) => line.from)).toContain('agent');
  });

  it('texts the survey when the agent ends, and stores the answers texted back with the channel and language', async () => {
    sentBefore = twilioApi.sent.length;
    expect((await ana.finish(handoffId, 'end')).status).toBe(200);
    expect(textedToRosa(sentBefore)).toContain(flat(t('es', 'feedback:satisfaction.ask')));
    expect(await replyTo('5')).toContain(flat(t('es', 'feedback:recommendation.ask')));
    expect(await replyTo('10')).toContain(flat(t('es', 'feedback:thanks')));
    expect(await app.stores.feedback.list(new Date(0))).toEqual([
      expect.objectContaining({ handoffId, channel: 'sms', language: 'es', reason: 'asked', satisfaction: 5, recommendation: 10 }),
    ]);
  });
});
