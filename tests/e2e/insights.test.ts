/** The supervisors' insights page in real headless Chromium: charts with data, and axe-core WCAG 2.2 AA. */
import type { Browser } from 'playwright-core';
import type { RunningCarebridge } from '../../src/main';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp';
import { FixedClock } from '../helpers/fixedClock';
import { runAxe } from '../helpers/axe';

jest.setTimeout(120_000);

let app: RunningCarebridge;
let browser: Browser;
let running: BrowserApp;
const clock = new FixedClock('2026-11-30T17:00:00.000Z');

beforeAll(async () => {
  running = await startBrowserApp({ clock });
  ({ app, browser } = running);
  const at = clock.now();
  const outcome = (type: Parameters<typeof app.stores.outcomes.record>[0]['type'], conversationId: string, language: string, detail?: string) =>
    app.stores.outcomes.record({ type, conversationId, language, channel: 'sms', detail, at });
  await outcome('conversation.started', 'a', 'ht');
  await outcome('ride.booked', 'a', 'ht', 'walks');
  await outcome('need.referred', 'a', 'ht', 'food');
  await outcome('conversation.started', 'b', 'ko');
  await outcome('handoff.requested', 'b', 'ko', 'asked');
  await app.stores.feedback.record({ channel: 'directline', language: 'ko', reason: 'asked', satisfaction: 5, recommendation: 9, at });
  await app.stores.notUnderstood.record({ text: 'mwen pa konprann <b>sa</b>', language: 'ht', channel: 'sms', at });
}, 60_000);

afterAll(() => running?.close(), 60_000);

test('a supervisor signs in and reads the charts, which pass axe-core WCAG 2.2 AA', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${app.url}/agent`);
  await page.fill('#agent-id', 'sup-lee');
  await page.fill('#password', 'carebridge-demo');
  await page.locator('#sign-in-form [type="submit"]').click();
  await page.locator('#workspace').waitFor();
  await page.locator('#insights-link').click();
  await page.locator('svg[role="img"]').first().waitFor();
  expect(await page.locator('figure.chart').count()).toBeGreaterThanOrEqual(8);
  // Message text is shown as text, never as markup.
  expect(await page.locator('table.messages td').filter({ hasText: 'mwen pa konprann <b>sa</b>' }).count()).toBe(1);
  expect(await runAxe(page)).toEqual([]);
});
