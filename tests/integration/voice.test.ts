import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { loadConfig } from '../../src/config/loadConfig';
import { t } from '../helpers/localeText';
import { TWILIO_TEST_ACCOUNT, TWILIO_TEST_TOKEN, postWebhook, sid, unescape } from '../helpers/twilioWebhook';

jest.setTimeout(60_000);

let dir: string;
let app: RunningCarebridge;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'carebridge-voice-'));
  app = await startCarebridge(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`, TWILIO_ACCOUNT_SID: TWILIO_TEST_ACCOUNT, TWILIO_AUTH_TOKEN: TWILIO_TEST_TOKEN }),
  );
}, 60_000);

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One phone call: each step posts what Twilio would (the call start, then each `<Gather>` result) to the URL the last TwiML named. */
function call(from: string) {
  const callSid = sid('CA');
  let next = '/api/voice';
  let silence = '/api/voice';
  const post = async (params: Record<string, string>, path = next) => {
    const res = await postWebhook(`${app.url}${path}`, { CallSid: callSid, AccountSid: TWILIO_TEST_ACCOUNT, From: from, To: '+15555550100', CallStatus: 'in-progress', ...params });
    expect(res.status).toBe(200);
    next = unescape(/<Gather[^>]*action="([^"]+)"/.exec(res.body)?.[1] ?? next);
    silence = unescape(/<Redirect[^>]*>([^<]+)<\/Redirect>/.exec(res.body)?.[1] ?? silence);
    return res.body;
  };
  return {
    start: () => post({}, '/api/voice'),
    press: (digits: string) => post({ Digits: digits }),
    say: (speech: string) => post({ SpeechResult: speech, Confidence: '0.92' }),
    silent: () => post({}, silence),
  };
}

/** What is said inside `<Gather>` (the prompt the caller answers), and before it. */
const gathered = (twiml: string) => unescape(/<Gather[^>]*>([\s\S]*)<\/Gather>/.exec(twiml)?.[1] ?? '');
const said = (twiml: string) => unescape(twiml.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

describe('a phone call', () => {
  it('refuses an unsigned call with 403', async () => {
    const res = await postWebhook(`${app.url}/api/voice`, { CallSid: sid('CA'), From: '+15555550990', To: '+15555550100' }, { sign: false });
    expect(res.status).toBe(403);
  });

  it('starts a new caller with the language menu on the keypad, each language in its own voice, only the last prompt inside <Gather>', async () => {
    const twiml = await call('+15555550991').start();
    expect(twiml).toMatch(/<Gather input="speech dtmf" language="en-US"[^>]*action="\/api\/voice\?lang=en"/);
    expect(gathered(twiml)).toContain(`<Say voice="Polly.Lupe-Neural" language="es-US">${t('es', 'languageMenu.option_voice', { number: 2 })}</Say>`);
    expect(gathered(twiml)).toContain(`<Say voice="Polly.Joanna-Neural" language="en-US">${t('en', 'languageMenu.option_voice', { number: 1 })}</Say>`);
    expect(twiml).toMatch(/<\/Gather><Redirect method="POST">\/api\/voice\?lang=en&amp;silence=1<\/Redirect><\/Response>$/);
  });

  it('takes keypad 2 for Spanish, then the speech "necesito un viaje al doctor" into the ride flow, in Spanish TwiML', async () => {
    const caller = call('+15555550103');
    await caller.start();
    const menu = await caller.press('2');
    expect(menu).toMatch(/<Gather input="speech dtmf" language="es-US"/);
    expect(said(gathered(menu))).toContain(t('es', 'menu.line_voice', { number: 3, label: t('es', 'mainMenu.rides') }));
    expect(said(menu)).toContain(t('es', 'mainMenu.prompt_voice'));
    expect(said(menu)).not.toContain(t('es', 'menu.line', { number: 1, label: t('es', 'mainMenu.benefits') }));
    const asked = await caller.say('necesito un viaje al doctor');
    expect(asked).toMatch(/<Gather input="speech dtmf" language="es-US"/);
    expect(said(asked)).toContain(t('es', 'identity:phoneFound'));
    expect(said(gathered(asked))).toContain(t('es', 'identity:askBirthDate_voice'));
    const ride = await caller.say('15 de julio de 1952');
    expect(said(ride)).toContain(t('es', 'rides:visit.askStreet'));
    expect(ride).toContain('<Say voice="Polly.Lupe-Neural" language="es-US">');
  });

  it('repeats the prompt on * and after one silence, then transfers to a person after another', async () => {
    const caller = call('+15555550992');
    const first = await caller.start();
    expect(gathered(await caller.press('*'))).toBe(gathered(first));
    expect(gathered(await caller.silent())).toBe(gathered(first));
    const transfer = await caller.silent();
    expect(said(transfer)).toContain(t('en', 'voice.noInput'));
    expect(said(transfer)).toContain(t('en', 'voice.transfer'));
    expect(transfer).toContain('<Dial>18005550142</Dial>');
  });

  it('transfers to a person on 0', async () => {
    const caller = call('+15555550993');
    await caller.start();
    expect(await caller.press('0')).toContain('<Dial>18005550142</Dial>');
  });

  it('plays our own audio where no phone voice speaks the language (Haitian Creole), from a link that gives real audio', async () => {
    const caller = call('+15555550994');
    await caller.start();
    const menu = await caller.press('9');
    expect(menu).toMatch(/<Gather input="dtmf"/);
    const play = /<Play>([^<]+)<\/Play>/.exec(menu)?.[1];
    expect(play).toBeDefined();
    const audio = await fetch(`${app.url}${unescape(play!)}`);
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });

  it('refuses audio for a link the assistant did not sign (403) or a malformed one (400)', async () => {
    const caller = call('+15555550989');
    await caller.start();
    const play = unescape(/<Play>([^<]+)<\/Play>/.exec(await caller.press('9'))?.[1] ?? '');
    const forged = new URL(`${app.url}${play}`);
    forged.searchParams.set('ssml', '<speak xml:lang="ht-HT">anything at all</speak>');
    expect((await fetch(forged)).status).toBe(403);
    expect((await fetch(`${app.url}/api/speech/tts?sig=x`)).status).toBe(400);
  });
});
