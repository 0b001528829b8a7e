/**
 * The member web chat page in a real headless Chromium against the real app: Web Chat from our own copy,
 * talking to our built-in Direct Line, the bot answering from the real dialogs and locale files.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { loadConfig } from '../../src/config/loadConfig';
import { languages, type Language } from '../../src/domain/language';
import { launchBrowser } from '../helpers/browser';
import { runAxe } from '../helpers/axe';
import { botMessageWith, botMessages, memberMessages, send } from '../helpers/webChatPage';

jest.setTimeout(60_000);

const root = join(__dirname, '..', '..');
/** Long enough for a slow CI box; every wait below is for a real condition, never a fixed sleep. */
const WAIT = 20_000;

const locale = (lng: Language, ns: string): any =>
  JSON.parse(readFileSync(join(root, 'locales', lng, `${ns}.json`), 'utf8'));
const es = { common: locale('es', 'common'), web: locale('es', 'web'), identity: locale('es', 'identity') };
const ar = { common: locale('ar', 'common'), web: locale('ar', 'web') };
const en = { common: locale('en', 'common'), web: locale('en', 'web') };

/** The script each language's own name is written in, so the picker shows "العربية", not "Arabic". */
const ownScript: Record<Language, RegExp> = {
  en: /^[\p{Script=Latin}\s]+$/u,
  es: /^[\p{Script=Latin}\s]+$/u,
  zh: /^\p{Script=Han}+$/u,
  vi: /^[\p{Script=Latin}\s]+$/u,
  ko: /^\p{Script=Hangul}+$/u,
  tl: /^[\p{Script=Latin}\s]+$/u,
  ru: /^\p{Script=Cyrillic}+$/u,
  ar: /^\p{Script=Arabic}+$/u,
  ht: /^[\p{Script=Latin}\s]+$/u,
};

let dataDir: string;
let app: RunningCarebridge;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'carebridge-e2e-'));
  app = await startCarebridge(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dataDir, 'x.sqlite')}`, LOG_LEVEL: 'silent' }),
  );
  browser = await launchBrowser();
}, 60_000);

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

/** A fresh member: a new browser profile (no remembered language, conversation or display settings). */
async function newMember(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1000, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  return page;
}

/** The lines a member sees in a message, as rendered (innerText honours line breaks the way the screen does). */
async function renderedLines(message: Locator): Promise<string[]> {
  const text = await message.evaluate((el) => (el as HTMLElement).innerText);
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

const computed = (page: Page, selector: string, property: string): Promise<string> =>
  page.locator(selector).first().evaluate((el, prop) => getComputedStyle(el).getPropertyValue(prop), property);

describe('member page in a real browser', () => {
  test('a member who picks Español gets the Spanish main menu, and the 988 Lifeline answer in Spanish', async () => {
    const page = await newMember();
    await page.goto(`${app.url}/`);
    await botMessages(page).first().waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Español', exact: true }).click();
    await page.waitForURL(/\?lang=es$/);
    await page.locator('html[lang="es"]').waitFor({ state: 'attached' });
    await botMessageWith(page, es.common.mainMenu.prompt);

    const reply = await send(page, 'hola', es.web.send);
    const lines = await renderedLines(reply);
    expect(lines).toEqual(
      expect.arrayContaining([
        es.common.mainMenu.prompt,
        `1. ${es.common.mainMenu.benefits}`,
        `2. ${es.common.mainMenu.appointments}`,
        `3. ${es.common.mainMenu.rides}`,
        `0. ${es.common.mainMenu.person}`,
      ]),
    );

    const crisis = await send(page, 'ya no quiero vivir', es.web.send);
    const crisisLines = await renderedLines(crisis);
    expect(crisisLines).toContain(es.common.safety.crisis.lifeline);
    expect(crisisLines).toContain(es.common.safety.crisis.care);
    // Tall enough to show the whole Spanish conversation, menu and crisis answer, for a human look.
    await page.setViewportSize({ width: 1000, height: 1900 });
    await crisis.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/member-es.png' });
  });

  test('?lang=ar gives a right-to-left Arabic page, and the picker names each language in its own script', async () => {
    const page = await newMember();
    await page.goto(`${app.url}/?lang=ar`);

    const html = page.locator('html');
    await expect(html.getAttribute('lang')).resolves.toBe('ar');
    await expect(html.getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(ar.web.heading);
    await page.getByRole('button', { name: ar.web.largeText, exact: true }).waitFor();
    await page.getByRole('button', { name: ar.web.highContrast, exact: true }).waitFor();

    const picker = page.getByRole('navigation', { name: ar.web.language });
    await picker.waitFor();
    const links = picker.getByRole('link');
    await expect(links.count()).resolves.toBe(languages.length);
    for (const lng of languages) {
      const name = locale(lng, 'common').languageName as string;
      const link = picker.locator(`a[lang="${lng}"]`);
      await expect(link.innerText()).resolves.toBe(name);
      expect(name).toMatch(ownScript[lng]);
      await expect(link.getAttribute('hreflang')).resolves.toBe(lng);
      await expect(link.getAttribute('href')).resolves.toBe(`/?lang=${lng}`);
    }
    await expect(picker.locator('a[aria-current="true"]').getAttribute('lang')).resolves.toBe('ar');

    // Web Chat itself runs right-to-left, greets in Arabic and prompts in Arabic.
    await botMessageWith(page, ar.common.mainMenu.prompt);
    await expect(page.locator('[data-id="webchat-sendbox-input"]').getAttribute('placeholder')).resolves.toBe(ar.web.placeholder);
    await expect(computed(page, '.webchat__basic-transcript', 'direction')).resolves.toBe('rtl');
  });

  test('large text and high contrast switch on with aria-pressed, restyle the page and chat, and survive a reload', async () => {
    const page = await newMember();
    await page.goto(`${app.url}/?lang=en`);
    const firstBot = await botMessageWith(page, en.common.mainMenu.prompt);
    const largeText = page.getByRole('button', { name: en.web.largeText, exact: true });
    const highContrast = page.getByRole('button', { name: en.web.highContrast, exact: true });
    await expect(largeText.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(highContrast.getAttribute('aria-pressed')).resolves.toBe('false');

    const px = (value: string) => parseFloat(value);
    const bodyFont = px(await computed(page, 'body', 'font-size'));
    const chatFont = px(await firstBot.evaluate((el) => getComputedStyle(el).fontSize));
    expect(await computed(page, 'body', 'background-color')).toBe('rgb(255, 255, 255)');

    await largeText.click();
    await expect(largeText.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.waitForFunction((before) => parseFloat(getComputedStyle(document.body).fontSize) > before, bodyFont);
    await page.waitForFunction(
      (before) => {
        const bubble = document.querySelector('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');
        return bubble !== null && parseFloat(getComputedStyle(bubble).fontSize) > before;
      },
      chatFont,
    );

    await highContrast.click();
    await expect(highContrast.getAttribute('aria-pressed')).resolves.toBe('true');
    const darkPage = async () => {
      expect(await computed(page, 'body', 'background-color')).toBe('rgb(0, 0, 0)');
      expect(await computed(page, 'body', 'color')).toBe('rgb(255, 255, 255)');
      expect(await computed(page, '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content', 'background-color')).toBe('rgb(0, 0, 0)');
      expect(await computed(page, '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content', 'color')).toBe('rgb(255, 255, 255)');
      // The menu's suggested-action buttons turn dark too (yellow on black), not yellow on white.
      expect(await computed(page, '.webchat__suggested-action', 'background-color')).toBe('rgb(0, 0, 0)');
      expect(await computed(page, '.webchat__suggested-action', 'color')).toBe('rgb(255, 255, 0)');
    };
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(0, 0, 0)');
    await darkPage();

    await page.reload();
    await botMessages(page).first().waitFor();
    await expect(largeText.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(highContrast.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(px(await computed(page, 'body', 'font-size'))).toBeGreaterThan(bodyFont);
    expect(px(await computed(page, '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content', 'font-size'))).toBeGreaterThan(chatFont);
    await darkPage();

    // And both switch back off.
    await largeText.click();
    await highContrast.click();
    await expect(largeText.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(highContrast.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(255, 255, 255)');
    expect(px(await computed(page, 'body', 'font-size'))).toBe(bodyFont);
  });

  describe('passes axe-core WCAG 2.2 AA once Web Chat shows its first bot message', () => {
    test('default display', async () => {
      const page = await newMember();
      await page.goto(`${app.url}/?lang=en`);
      await botMessages(page).first().waitFor();
      expect(await runAxe(page)).toEqual([]);
    });

    test('high contrast', async () => {
      const page = await newMember();
      await page.goto(`${app.url}/?lang=en`);
      await botMessages(page).first().waitFor();
      await page.getByRole('button', { name: en.web.highContrast, exact: true }).click();
      await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(0, 0, 0)');
      await botMessages(page).first().waitFor();
      expect(await runAxe(page)).toEqual([]);
    });

    test('large text', async () => {
      const page = await newMember();
      await page.goto(`${app.url}/?lang=en`);
      await botMessages(page).first().waitFor();
      await page.getByRole('button', { name: en.web.largeText, exact: true }).click();
      await page.locator('body.large-text').waitFor({ state: 'attached' });
      await botMessages(page).first().waitFor();
      expect(await runAxe(page)).toEqual([]);
    });

    test('Arabic, right to left', async () => {
      const page = await newMember();
      await page.goto(`${app.url}/?lang=ar`);
      await botMessages(page).first().waitFor();
      expect(await runAxe(page)).toEqual([]);
    });
  });

  test('reloading the page keeps the same conversation instead of starting over', async () => {
    const page = await newMember();
    await page.goto(`${app.url}/?lang=es`);
    await botMessageWith(page, es.common.mainMenu.prompt);
    await send(page, 'hola', es.web.send);
    await expect((await send(page, '2', es.web.send)).innerText()).resolves.toContain(es.identity.askId);

    const transcript = async () => ({
      bot: await botMessages(page).allInnerTexts(),
      member: await memberMessages(page).allInnerTexts(),
    });
    const before = await transcript();
    const conversationBefore = await page.evaluate(() => sessionStorage.getItem('carebridge.conversation.es'));
    expect(JSON.parse(conversationBefore!).conversationId).toBeTruthy();

    await page.reload();
    await botMessageWith(page, es.identity.askId);
    await memberMessages(page).filter({ hasText: 'hola' }).first().waitFor();
    await page.waitForFunction(
      (count) => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length >= count,
      before.bot.length,
    );
    const after = await transcript();
    expect(after.member).toEqual(before.member);
    expect(after.bot).toEqual(before.bot);
    const conversationAfter = await page.evaluate(() => sessionStorage.getItem('carebridge.conversation.es'));
    expect(JSON.parse(conversationAfter!).conversationId).toBe(JSON.parse(conversationBefore!).conversationId);

    // The conversation carries on where it was: the identity question is still open and takes the answer.
    await expect((await send(page, 'M10000003', es.web.send)).innerText()).resolves.toContain(es.identity.askBirthDate);
    const greetings = (await botMessages(page).allInnerTexts()).filter((t) => t.includes(es.common.greeting.split('.')[0]!));
    expect(greetings).toHaveLength(before.bot.filter((t) => t.includes(es.common.greeting.split('.')[0]!)).length);
  });
});
