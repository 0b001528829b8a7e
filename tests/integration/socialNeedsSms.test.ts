/**
 * Issue acceptance, as a new member would do it by SMS in Haitian Creole: book a ride, accept the
 * social-needs questions, say food is a problem, get the next step; the supervisors' page then shows
 * the ride, the referral and the member's language in its charts, and the CSV has the same numbers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { loadConfig } from '../../src/config/loadConfig';
import { FixedClock } from '../helpers/fixedClock';
import { t } from '../helpers/localeText';
import { TWILIO_TEST_ACCOUNT, TWILIO_TEST_TOKEN, messagesOf, postWebhook, sid } from '../helpers/twilioWebhook';
import { AgentConsoleClient } from '../helpers/agentConsoleClient';

jest.setTimeout(60_000);

const PLAN_NUMBER = '+15555550100';
const MARIE_CLAIRE = '+15555550111'; // Marie-Claire, Haitian Creole, born 30 March 1943
const clock = new FixedClock('2026-11-30T17:00:00.000Z'); // Monday, 11:00 in Springfield

let dir: string;
let app: RunningCarebridge;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'carebridge-social-'));
  app = await startCarebridge(
    loadConfig({
      PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`,
      TWILIO_ACCOUNT_SID: TWILIO_TEST_ACCOUNT, TWILIO_AUTH_TOKEN: TWILIO_TEST_TOKEN,
    }),
    { clock },
  );
}, 60_000);

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
async function text(body: string): Promise<string> {
  const answer = await postWebhook(`${app.url}/api/sms`, { MessageSid: sid('SM'), AccountSid: TWILIO_TEST_ACCOUNT, From: MARIE_CLAIRE, To: PLAN_NUMBER, Body: body, NumMedia: '0' });
  expect(answer.status).toBe(200);
  return flat(messagesOf(answer.body).join(' '));
}
const ht = (key: string, vars?: Record<string, unknown>) => flat(t('ht', key, vars));

test('a Haitian Creole member books a ride by text, says food is a problem, gets the next step, and the supervisor sees it', async () => {
  expect(await text('Bonjou, mwen bezwen yon transpò pou al kay doktè')).toContain(ht('identity:askBirthDate'));
  for (const step of ['3/30/1943', '800 N Rutledge St', '62702', 'jedi', '10:30', '1', '1', '2', '1']) await text(step);
  const booked = await text('1');
  expect(booked).toContain(ht('rides:booked'));
  expect(booked).toContain(ht('social:offer.ask'));
  expect(await text('wi')).toContain(ht('social:ask.food'));
  expect(await text('wi')).toContain(ht('social:ask.housing'));
  for (const answer of ['non', 'non']) await text(answer);
  // By text, the question about safety at home comes only if the member wants it.
  expect(await text('non')).toContain(ht('social:ask.safetyFirst'));
  const nextStep = await text('non');
  expect(nextStep).toContain(ht('social:next.food'));
  expect(nextStep).toContain(ht('social:call211'));
  expect(nextStep).toContain(ht('social:person'));
  expect(await app.stores.socialScreenings.get('M10000011')).toMatchObject({ declined: false, needs: ['food'] });

  const supervisor = new AgentConsoleClient(app.url);
  expect((await supervisor.signIn('sup-lee')).status).toBe(200);
  const page = await fetch(`${app.url}/insights?days=7`, { headers: { cookie: supervisor.cookie! } });
  expect(page.status).toBe(200);
  const html = await page.text();
  const chart = (id: string) => html.slice(html.indexOf(`id="${id}-title"`), html.indexOf('</figure>', html.indexOf(`id="${id}-title"`)));
  expect(chart('outcomes')).toContain(`<th scope="row">${t('en', 'agent:done.ride_booked')}</th><td>1</td>`);
  expect(chart('referrals')).toContain(`<th scope="row">${t('en', 'agent:social.food')}</th><td>1</td>`);
  expect(chart('languages')).toContain('<th scope="row">Haitian Creole</th><td>1</td>');
  expect(chart('outcomes')).toContain('<svg');

  const csv = await fetch(`${app.url}/insights/export.csv?days=7`, { headers: { cookie: supervisor.cookie! } });
  expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  const rows = (await csv.text()).split('\r\n');
  expect(rows).toEqual(expect.arrayContaining(['metric,key,value', 'outcome,ride.booked,1', 'referral,food,1', 'language,ht,1']));
  expect((await app.stores.audit.list(new Date(0))).map((e) => [e.agentId, e.action])).toContainEqual(['sup-lee', 'insights.view']);
});

test('shows the insights only to signed-in supervisors', async () => {
  expect((await fetch(`${app.url}/insights`)).status).toBe(401);
  const agent = new AgentConsoleClient(app.url);
  expect((await agent.signIn('ms-sam')).status).toBe(200);
  expect((await fetch(`${app.url}/insights`, { headers: { cookie: agent.cookie! } })).status).toBe(403);
  expect((await fetch(`${app.url}/insights/export.csv`, { headers: { cookie: agent.cookie! } })).status).toBe(403);
});
