import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { loadConfig } from '../../src/config/loadConfig';
import { FakeTwilioApi } from '../fakes/fakeTwilioApi';
import { FixedClock } from '../helpers/fixedClock';
import { t } from '../helpers/localeText';
import { TWILIO_TEST_ACCOUNT, TWILIO_TEST_TOKEN, messagesOf, postWebhook, sid } from '../helpers/twilioWebhook';

jest.setTimeout(60_000);

const NEW_MEMBER = '+15555550999';
const MARGARET = '+15555550101';

let dir: string;
let app: RunningCarebridge;
let twilioApi: FakeTwilioApi;
const clock = new FixedClock('2026-11-30T17:00:00.000Z'); // Monday, 11:00 in Springfield

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'carebridge-sms-'));
  twilioApi = new FakeTwilioApi();
  const apiUrl = await twilioApi.start();
  app = await startCarebridge(
    loadConfig({
      PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`,
      TWILIO_ACCOUNT_SID: TWILIO_TEST_ACCOUNT, TWILIO_AUTH_TOKEN: TWILIO_TEST_TOKEN, TWILIO_FROM_NUMBER: '+15555550100', TWILIO_API_URL: apiUrl,
    }),
    { clock },
  );
}, 60_000);

afterAll(async () => {
  await app?.close();
  await twilioApi?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const text = (from: string, body: string, messageSid = sid('SM')) =>
  postWebhook(`${app.url}/api/sms`, { MessageSid: messageSid, AccountSid: TWILIO_TEST_ACCOUNT, From: from, To: '+15555550100', Body: body, NumMedia: '0' });
/** Every text of the answer, as one string (a long reply comes as several texts, split at sentence ends). */
const replyTo = async (from: string, body: string) => messagesOf((await text(from, body)).body).join(' ').replace(/\s+/g, ' ');
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the SMS webhook', () => {
  it('refuses a text without a signature, or with a wrong one, with 403', async () => {
    const params = { MessageSid: sid('SM'), From: NEW_MEMBER, To: '+15555550100', Body: 'hola' };
    expect((await postWebhook(`${app.url}/api/sms`, params, { sign: false })).status).toBe(403);
    expect((await postWebhook(`${app.url}/api/sms`, params, { token: 'not-the-token' })).status).toBe(403);
  });

  it('answers a signed text with TwiML', async () => {
    const res = await text('+15555550998', 'hello');
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>/);
  });

  it('refuses a signed text without a sender with 400, and a huge one with 413', async () => {
    const missing = await postWebhook(`${app.url}/api/sms`, { MessageSid: sid('SM'), To: '+15555550100', Body: 'hi' });
    expect(missing.status).toBe(400);
    const huge = await postWebhook(`${app.url}/api/sms`, { MessageSid: sid('SM'), From: NEW_MEMBER, To: '+1', Body: 'x'.repeat(40_000) });
    expect(huge.status).toBe(413);
  });

  it('carries a new member from "hola" to the Spanish menu and on with a number', async () => {
    const menu = await replyTo(NEW_MEMBER, 'hola');
    expect(menu).toContain(flat(t('es', 'mainMenu.prompt')));
    expect(menu).toContain(t('es', 'menu.line', { number: 2, label: t('es', 'mainMenu.appointments') }));
    expect(await replyTo(NEW_MEMBER, '2')).toContain(t('es', 'identity:askId'));
  });

  it('answers a retried MessageSid with the first answer, without a second turn', async () => {
    const from = '+15555550997';
    await replyTo(from, 'hello');
    const messageSid = sid('SM');
    const first = await text(from, '1', messageSid);
    const retry = await text(from, '1', messageSid);
    expect(retry.body).toBe(first.body);
    // Had the retry run a turn, "1" would have picked the first benefit; the benefits menu is still open.
    expect(await replyTo(from, '5')).toContain(t('en', 'benefits:ask'));
  });

  it('answers HELP with the plan, how often texts come, rates and how to stop', async () => {
    const help = await replyTo('+15555550996', 'HELP');
    expect(help).toBe(t('en', 'sms.help'));
    expect(help).toContain('Msg & data rates may apply');
    expect(help).toContain('STOP');
  });

  it('stops every text after STOP, even a reminder, and starts again after START', async () => {
    const [slot] = await app.stores.appointments.openSlots({ providerIds: ['pc-miller'], from: new Date('2026-12-01T14:00:00Z'), to: new Date('2026-12-02T00:00:00Z'), limit: 1 });
    await app.stores.appointments.book({ memberId: 'M10000001', slotId: slot.id, requestKey: 'sms-stop-test' }, clock.now());

    expect(await replyTo(MARGARET, 'STOP')).toBe(t('en', 'sms.stopped'));
    expect(messagesOf((await text(MARGARET, 'hello')).body)).toEqual([]);
    await app.reminders.runOnce();
    expect(twilioApi.sent.filter((s) => s.to === MARGARET)).toEqual([]);

    expect(await replyTo(MARGARET, 'START')).toBe(t('en', 'sms.started'));
    await app.reminders.runOnce();
    const sent = twilioApi.sent.filter((s) => s.to === MARGARET);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ accountSid: TWILIO_TEST_ACCOUNT, from: '+15555550100' });
    expect(sent[0].body).toContain('Dr. James Miller');
    expect(sent[0].body.length).toBeLessThanOrEqual(160);
  });

  it('understands STOP in the member language and answers in it', async () => {
    expect(await replyTo('+15555550995', 'PARAR')).toBe(t('es', 'sms.stopped'));
    expect(await replyTo('+15555550995', 'Sispann')).toBe(t('ht', 'sms.stopped'));
  });
});
