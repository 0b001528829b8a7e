import type { Locator, Page } from 'playwright-core';

/** The bot's messages in Web Chat's transcript, oldest first. */
export const botMessages = (page: Page): Locator =>
  page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');

/** The member's own messages in the transcript. */
export const memberMessages = (page: Page): Locator => page.locator('.webchat__bubble--from-user .webchat__bubble__content');

/** The latest bot message holding every one of `texts`, once it is on screen. */
export async function botMessageWith(page: Page, ...texts: string[]): Promise<Locator> {
  const message = texts.reduce((found, text) => found.filter({ hasText: text }), botMessages(page)).last();
  await message.waitFor({ state: 'visible' });
  return message;
}

/**
 * Types into Web Chat's send box and presses its send button, waits for the message to show in the
 * transcript, then for the bot's answer; returns that answer.
 */
export async function send(page: Page, text: string, sendLabel: string): Promise<Locator> {
  const botsBefore = await botMessages(page).count();
  const mineBefore = await memberMessages(page).filter({ hasText: text }).count();
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.click();
  await box.fill(text);
  await page.getByRole('button', { name: sendLabel, exact: true }).click();
  await memberMessages(page).filter({ hasText: text }).nth(mineBefore).waitFor();
  const reply = botMessages(page).nth(botsBefore);
  await reply.waitFor();
  return reply;
}
