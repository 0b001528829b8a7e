import { createBotHarness, memberJoins, say, texts, type BotHarness } from '../../helpers/botHarness';
import type { Language } from '../../../src/domain/language';
import { readAmount } from '../../../dialogs/extraHelp/readAmount';

const picked = (locale: Language) => ({ locale, channelData: { languagePicked: true } });

describe.each([
  ['directline', 'en', 'I need help paying for my medicines'],
  ['sms', 'es', 'necesito ayuda para pagar mis medicinas'],
  ['voice', 'zh', '我买药的钱不够，有没有补助'],
] as const)('the Extra Help screener on %s in %s', (channel, lng, ask) => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await createBotHarness(channel);
    await memberJoins(h.adapter, picked(lng));
  });

  it('says a member on Medicaid may get Extra Help without applying, and how to apply', async () => {
    expect(texts(await say(h.adapter, ask))).toContain(h.t(lng, 'extraHelp:askPrograms'));
    const result = texts(await say(h.adapter, '1'));
    expect(result).toContain(h.t(lng, 'extraHelp:autoQualify'));
    expect(result).toContain(h.t(lng, 'extraHelp:apply', { applyPhone: '1-800-772-1213' }));
    expect(result).toContain(h.t(lng, 'extraHelp:personHelps'));
  });

  it.each([
    ['2', '1200', '5000', 'extraHelp:mayQualify'],
    ['2', '$2,500', '1000', 'extraHelp:mayNotQualify'],
    ['1', '2600', '30000', 'extraHelp:mayQualify'],
    ['1', '2600', '40000', 'extraHelp:mayNotQualify'],
  ])('with married answer %s, income %s and savings %s says %s, with the year of the limits', async (married, income, savings, verdict) => {
    await say(h.adapter, ask);
    await say(h.adapter, '2');
    await say(h.adapter, married);
    expect(texts(await say(h.adapter, 'about as much as usual'))).toContain(h.t(lng, 'extraHelp:numberRetry'));
    await say(h.adapter, income);
    const result = texts(await say(h.adapter, savings));
    expect(result).toContain(h.t(lng, verdict));
    expect(result).toContain(h.t(lng, 'extraHelp:limitsYear', { year: 2025 }));
    const [outcome] = (await h.outcomes.list(new Date(0))).filter((o) => o.type === 'extraHelp.screened');
    expect(outcome).toMatchObject({ detail: verdict.split(':')[1], channel, language: lng });
  });
});

describe('reading an amount of money', () => {
  it.each([
    ['1500', 1500],
    ['$1,500', 1500],
    ['1.500 dólares', 1500],
    ['about 1500.50 a month', 1500.5],
    ['١٥٠٠', 1500],
    ['no se', undefined],
  ])('reads "%s" as %s', (text, value) => {
    expect(readAmount(text)).toBe(value);
  });
});
