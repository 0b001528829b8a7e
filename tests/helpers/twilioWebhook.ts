import twilio from 'twilio';

export const TWILIO_TEST_ACCOUNT = `AC${'1'.repeat(32)}`;
export const TWILIO_TEST_TOKEN = 'test-auth-token-0123456789abcdef';

let sequence = 0;

/** A fresh Twilio-shaped SID ("SM…", "CA…"). */
export function sid(prefix: 'SM' | 'CA'): string {
  sequence += 1;
  return `${prefix}${Date.now().toString(16).padStart(16, '0')}${sequence.toString(16).padStart(16, '0')}`;
}

export interface WebhookResult {
  status: number;
  body: string;
}

/** Posts a form to a Twilio webhook of ours, signed with the `twilio` library as Twilio signs it (unless `sign` is false). */
export async function postWebhook(url: string, params: Record<string, string>, { sign = true, token = TWILIO_TEST_TOKEN } = {}): Promise<WebhookResult> {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (sign) headers['X-Twilio-Signature'] = twilio.getExpectedTwilioSignature(token, url, params);
  const res = await fetch(url, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
  return { status: res.status, body: await res.text() };
}

/** The texts of the `<Message>`s of a TwiML messaging answer. */
export function messagesOf(twiml: string): string[] {
  return [...twiml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => unescape(m[1]));
}

export function unescape(xml: string): string {
  return xml.replace(/&(lt|gt|amp|apos|quot);/g, (_, n: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[n]!);
}
