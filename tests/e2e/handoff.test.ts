/**
 * SPEC §9 acceptance in real headless Chromium, two pages: a member asks for a person in Korean in
 * web chat; an agent signs in to the console, sees the summary in English and accepts; the agent's
 * reply appears in the member's chat; the agent ends; the member answers the survey in Korean; the
 * answer is stored. The console passes axe-core WCAG 2.2 AA on each of its views.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningCarebridge } from '../../src/main';
import type { Language } from '../../src/domain/language';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp';
import { FixedClock } from '../helpers/fixedClock';
import { botMessageWith, send } from '../helpers/webChatPage';
import { runAxe } from '../helpers/axe';

jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const locale = (lng: Language, ns: string): any => JSON.parse(readFileSync(join(root, 'locales', lng, `${ns}.json`), 'utf8'));
const ko = { common: locale('ko', 'common'), web: locale('ko', 'web'), handoff: locale('ko', 'handoff'), feedback: locale('ko', 'feedback') };
const en = { agent: locale('en', 'agent') };
const fill = (text: string, vars: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name]);

let app: RunningCarebridge;
let browser: Browser;
let running: BrowserApp;

beforeAll(async () => {
  // Monday 30 November 2026, 11:00 in Springfield: Member Services is open.
  running = await startBrowserApp({ clock: new FixedClock('2026-11-30T17:00:00.000Z') });
  ({ app, browser } = running);
}, 60_000);

afterAll(() => running?.close(), 60_000);

async function newPage(localeTag: string): Promise<Page> {
  // The console's Content-Security-Policy allows only its own scripts; axe is added inline, so CSP is bypassed for the check.
  const context = await browser.newContext({ locale: localeTag, viewport: { width: 1200, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await runAxe(page)).toEqual([]);
}

test('a Korean member reaches a person who reads the summary in English, gets the reply in chat, and answers the survey in Korean', async () => {
  const agent = await newPage('en-US');
  await agent.goto(`${app.url}/agent`);
  await agent.locator('#sign-in-form').waitFor();
  await expectAccessible(agent);
  await agent.fill('#agent-id', 'cc-jiwoo');
  await agent.fill('#password', 'carebridge-demo');
  await agent.locator('#sign-in-form [type="submit"]').click();
  await agent.waitForFunction(() => (document.querySelector('#available') as HTMLInputElement | null)?.checked === true);
  await expectAccessible(agent);

  const member = await newPage('ko-KR');
  await member.goto(`${app.url}/?lang=ko`);
  await botMessageWith(member, ko.common.mainMenu.prompt);
  expect(await (await send(member, '상담원과 이야기하고 싶어요', ko.web.send)).innerText()).toContain(ko.handoff.queued.connecting);

  const waiting = agent.locator('#queue li[data-handoff-id]');
  await waiting.first().waitFor();
  await waiting.first().locator('button.accept').click();
  const summary = agent.locator('#summary');
  await summary.getByText(fill(en.agent.summary.language, { language: 'Korean' })).waitFor();
  await summary.getByText(fill(en.agent.summary.reason, { reason: en.agent.reason.asked })).waitFor();
  expect(await summary.innerText()).toContain(en.agent.summary.memberUnverified);
  await expectAccessible(agent);
  await botMessageWith(member, fill(ko.handoff.accepted, { name: 'Ji-woo' }));

  const reply = '안녕하세요, 지우입니다. 무엇을 도와드릴까요?';
  await agent.fill('#reply-text', reply);
  await agent.locator('#reply-send').click();
  await botMessageWith(member, reply);

  await member.locator('[data-id="webchat-sendbox-input"]').fill('병원 가는 차가 필요해요');
  await member.getByRole('button', { name: ko.web.send, exact: true }).click();
  await agent.locator('#transcript').getByText('병원 가는 차가 필요해요').waitFor();

  await agent.locator('#end-conversation').click();
  await agent.locator('#end-confirm').click();
  await botMessageWith(member, ko.feedback.satisfaction.ask);
  expect(await (await send(member, '5', ko.web.send)).innerText()).toContain(ko.feedback.recommendation.ask);
  expect(await (await send(member, '9', ko.web.send)).innerText()).toContain(ko.feedback.thanks);

  const [answer] = await app.stores.feedback.list(new Date(0));
  expect(answer).toMatchObject({ channel: 'directline', language: 'ko', reason: 'asked', satisfaction: 5, recommendation: 9 });
  const audited = (await app.stores.audit.list(new Date(0))).map((entry) => [entry.agentId, entry.action]);
  expect(audited).toEqual(expect.arrayContaining([['cc-jiwoo', 'signIn'], ['cc-jiwoo', 'handoff.accept'], ['cc-jiwoo', 'handoff.view'], ['cc-jiwoo', 'handoff.end']]));
});

