/** SPEC §2 and §10: every assistant message on the member page has a "listen" button that plays its audio. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunningCarebridge } from '../../src/main';
import { startBrowserApp, type BrowserApp } from '../helpers/browserApp';
import { botMessageWith, botMessages } from '../helpers/webChatPage';

jest.setTimeout(60_000);

const root = join(__dirname, '..', '..');
const web = JSON.parse(readFileSync(join(root, 'locales', 'es', 'web.json'), 'utf8')) as { listen: string; voiceInput: string; send: string };
const common = JSON.parse(readFileSync(join(root, 'locales', 'es', 'common.json'), 'utf8')) as { mainMenu: { prompt: string } };

let app: RunningCarebridge;
let browser: Browser;
let running: BrowserApp;

beforeAll(async () => {
  running = await startBrowserApp();
  ({ app, browser } = running);
}, 60_000);

afterAll(() => running?.close(), 60_000);

test('the listen button on a message plays its audio, spoken in the member language', async () => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${app.url}/?lang=es`);
  const menu = await botMessageWith(page, common.mainMenu.prompt);
  const listen = menu.locator('xpath=ancestor::*[contains(@class,"webchat__bubble")][1]').getByRole('button', { name: web.listen });
  await expect(listen.count()).resolves.toBe(1);
  expect(await botMessages(page).count()).toBeGreaterThan(0);

  const audioResponse = page.waitForResponse((res) => res.url().includes('/api/speech/tts'));
  await listen.click();
  const response = await audioResponse;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('audio/wav');
  const body = await response.body();
  expect(body.length).toBeGreaterThan(10_000);
  expect(body.toString('ascii', 0, 4)).toBe('RIFF');

  await page.waitForFunction(() => {
    const audio = document.getElementById('listen-audio') as HTMLAudioElement;
    return audio.duration > 0.5 && (audio.currentTime > 0 || audio.ended);
  });
  await context.close();
});

test('"speak instead of typing" puts a microphone in the send box, and turning it off brings the send button back', async () => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${app.url}/?lang=es`);
  await botMessageWith(page, common.mainMenu.prompt);
  const toggle = page.getByRole('button', { name: web.voiceInput });
  await toggle.click();
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
  await page.locator('.webchat__microphone-button').first().waitFor();
  await toggle.click();
  await page.getByRole('button', { name: web.send, exact: true }).waitFor();
  await context.close();
});
