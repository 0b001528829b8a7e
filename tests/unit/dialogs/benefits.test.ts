import { createBotHarness, memberJoins, say, texts, type BotHarness } from '../../helpers/botHarness';
import { formatMoney } from '../../../src/i18n/formatters';
import type { Language } from '../../../src/domain/language';

const picked = (locale: Language) => ({ locale, channelData: { languagePicked: true } });

describe.each(['directline', 'sms', 'voice'])('benefits on %s', (channel) => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await createBotHarness(channel);
  });

  const answers = (lng: Language, benefit: string) => h.t(lng, 'benefits:covered', { benefit: h.t(lng, `benefits:names.${benefit}`) });

  it.each([
    ['vi', 'răng có được bảo hiểm không', 'dental'],
    ['en', 'do you cover glasses', 'vision'],
    ['es', 'el plan paga los dientes?', 'dental'],
    ['ko', '안경 보험 되나요', 'vision'],
  ] as const)('answers the %s question "%s" in the member language: covered, what they pay, how to use it', async (lng, text, benefit) => {
    await memberJoins(h.adapter, picked(lng));
    const replies = texts(await say(h.adapter, text));
    expect(replies).toContain(answers(lng, benefit));
    expect(replies).toContain(h.t(lng, 'benefits:pays.nothing'));
    expect(replies).toContain(h.t(lng, 'benefits:howTo.showCard'));
    expect(replies).toContain(h.t(lng, 'benefits:nextPrompt'));
  });

  it('reaches a benefit through the numbered menu, in pages of at most five choices', async () => {
    await memberJoins(h.adapter, picked('es'));
    const menu = await say(h.adapter, '1');
    expect(texts(menu)).toContain(h.t('es', 'benefits:ask'));
    expect(menu[0].suggestedActions?.actions.length).toBeLessThanOrEqual(6);
    const page2 = texts(await say(h.adapter, '5'));
    expect(page2).toContain(h.t('es', 'menu.line', { number: 1, label: h.t('es', 'benefits:labels.primary_care') }));
    expect(texts(await say(h.adapter, '2'))).toContain(answers('es', 'specialist'));
  });

  it('tells the member what they pay when there is a copay, with its plain meaning', async () => {
    await memberJoins(h.adapter, picked('en'));
    const replies = texts(await say(h.adapter, 'are my medicines covered'));
    expect(replies).toContain(h.t('en', 'benefits:pays.copay', { amount: formatMoney('en', 4.9) }));
  });

  it('says plainly when the plan does not cover a benefit', async () => {
    await memberJoins(h.adapter, picked('en'));
    expect(texts(await say(h.adapter, 'is the gym covered'))).toContain(h.t('en', 'benefits:notCovered', { benefit: h.t('en', 'benefits:names.fitness') }));
  });

  it('offers one next step and takes it', async () => {
    await memberJoins(h.adapter, picked('en'));
    await say(h.adapter, 'is dental covered');
    expect(texts(await say(h.adapter, '1'))).toContain(h.t('en', 'identity:askId'));
  });

  it('records that a benefit question was answered, with channel and language', async () => {
    await memberJoins(h.adapter, picked('vi'));
    await say(h.adapter, 'răng có được bảo hiểm không');
    const outcomes = await h.outcomes.list(new Date(0));
    expect(outcomes.find((o) => o.type === 'benefit.answered')).toMatchObject({ detail: 'dental', channel, language: 'vi', conversationId: `test-${channel}` });
  });
});

describe('balances need identity', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await createBotHarness('directline');
  });

  it('asks a Vietnamese member who they are before saying how much OTC money is left, then says it', async () => {
    await memberJoins(h.adapter, picked('vi'));
    const asked = texts(await say(h.adapter, 'còn bao nhiêu tiền OTC'));
    expect(asked).toContain(h.t('vi', 'identity:why'));
    expect(asked).toContain(h.t('vi', 'identity:askId'));
    expect(texts(await say(h.adapter, 'M10000002'))).toContain(h.t('vi', 'identity:askBirthDate'));
    const shown = texts(await say(h.adapter, '20/11/1948'));
    expect(shown).toContain(h.t('vi', 'identity:verified', { firstName: 'Lan' }));
    expect(shown).toContain(h.t('vi', 'benefits:balance.otc', { amount: formatMoney('vi', 150) }));
    expect(shown).toContain(h.t('vi', 'benefits:balance.rides', { count: 14 }));
  });

  it('on SMS takes the phone on file as the first factor and asks only for the date of birth', async () => {
    const sms = await createBotHarness('sms');
    const adapter = sms.conversation('sms-balance', { callerPhone: '+15555550103', languagePicked: true });
    await memberJoins(adapter, { locale: 'es' });
    const asked = texts(await say(adapter, 'cuanto me queda en la tarjeta otc'));
    expect(asked).toContain(sms.t('es', 'identity:phoneFound'));
    expect(asked).not.toContain(sms.t('es', 'identity:askId'));
    const shown = texts(await say(adapter, '15 de julio de 1952'));
    expect(shown).toContain(sms.t('es', 'benefits:balance.otc', { amount: formatMoney('es', 0) }));
  });
});
