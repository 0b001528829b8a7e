/**
 * SPEC §7 and §8 acceptance, as a new member would do it: web chat in Spanish in a real headless
 * Chromium against the real app (built-in Direct Line, SQLite, demo plan, providers and members).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningCarebridge } from '../../src/main';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp';
import { FixedClock } from '../helpers/fixedClock';
import { botMessageWith, send } from '../helpers/webChatPage';

jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const es = (ns: string): any => JSON.parse(readFileSync(join(root, 'locales', 'es', `${ns}.json`), 'utf8'));
const common = es('common');
const web = es('web');
const identity = es('identity');
const appointments = es('appointments');
const rides = es('rides');

let app: RunningCarebridge;
let browser: Browser;
let running: BrowserApp;

beforeAll(async () => {
  // Monday 30 November 2026, 9:00 in Springfield: "la próxima semana" is 7 to 13 December.
  running = await startBrowserApp({ clock: new FixedClock('2026-11-30T15:00:00.000Z') });
  ({ app, browser } = running);
}, 60_000);

afterAll(() => running?.close(), 60_000);

const say = async (page: Page, text: string): Promise<string> => (await send(page, text, web.send)).innerText();
const numberIn = (text: string, kind: 'A' | 'R') => new RegExp(`\\b${kind}[0-9A-Z]{6}\\b`).exec(text)?.[0];

test('a new member books a primary-care visit next week and a wheelchair ride in Spanish, lists both and cancels the ride', async () => {
  const context = await browser.newContext({ locale: 'es-US', viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${app.url}/?lang=es`);
  await botMessageWith(page, common.mainMenu.prompt);

  expect(await say(page, 'necesito una cita con mi doctor la próxima semana')).toContain(identity.askId);
  expect(await say(page, 'M10000003')).toContain(identity.askBirthDate);
  await say(page, '15/7/1952');
  const offered = await (await botMessageWith(page, appointments.offer.pick)).innerText();
  expect(offered).toContain('Dr. Ana Rivera');
  expect(offered).toMatch(/lunes, 7 de diciembre/);

  expect(await say(page, '1')).toContain(appointments.confirm.ask);
  const visitBooked = await say(page, 'sí');
  expect(visitBooked).toContain(appointments.booked);
  const visit = numberIn(visitBooked, 'A');
  expect(visit).toBeDefined();
  expect(visitBooked).toContain(appointments.getThere.ask);

  expect(await say(page, '1')).toContain('1237 Old Mill Rd');
  expect(await say(page, '1')).toContain(rides.mobility.ask);
  expect(await say(page, '2')).toContain(rides.escort.ask);
  expect(await say(page, '2')).toContain(rides.trip.ask);
  const readBack = await say(page, '2');
  expect(readBack).toContain(rides.confirm.mobility.wheelchair);
  expect(readBack).toContain(rides.confirm.trip.roundTrip);
  const rideBooked = await say(page, '1');
  expect(rideBooked).toContain(rides.booked);
  const ride = numberIn(rideBooked, 'R');
  expect(ride).toBeDefined();

  const listed = await say(page, 'ver mis citas');
  expect(listed).toContain(visit!);
  expect(listed).toContain(ride!);

  expect(await say(page, 'cancelar mi transporte')).toContain(rides.cancel.yes);
  expect(await say(page, 'sí')).toContain(rides.cancel.done);
  const after = await say(page, 'ver mis citas');
  expect(after).toContain(visit!);
  expect(after).not.toContain(ride!);
  await context.close();
});
