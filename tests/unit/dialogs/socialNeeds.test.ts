import { createBotHarness, memberJoins, say, texts, type BotHarness } from '../../helpers/botHarness';
import type { Language } from '../../../src/domain/language';

const picked = (locale: Language) => ({ locale, channelData: { languagePicked: true } });

/** How a member says "I have a need" in their words, and yes and no, per language. */
const members = {
  en: { mention: 'we have no food at home this week', yes: 'yes', no: 'no' },
  es: { mention: 'no tenemos comida en la casa', yes: 'sí', no: 'no' },
  ht: { mention: 'nou pa gen manje lakay nou', yes: 'wi', no: 'non' },
} as const;

describe.each(['directline', 'sms', 'voice'])('the social-needs screening on %s', (channel) => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await createBotHarness(channel);
  });

  it.each(Object.keys(members) as Array<keyof typeof members>)(
    'asks consent first, then a few plain questions, and gives the next step for food in %s',
    async (lng) => {
      const words = members[lng];
      await memberJoins(h.adapter, picked(lng));
      const offer = texts(await say(h.adapter, words.mention));
      expect(offer).toContain(h.t(lng, 'social:offer.ask'));
      const first = texts(await say(h.adapter, words.yes));
      expect(first).toContain(h.t(lng, 'social:intro'));
      expect(first).toContain(h.t(lng, 'social:ask.food'));
      expect(texts(await say(h.adapter, words.yes))).toContain(h.t(lng, 'social:ask.housing'));
      expect(texts(await say(h.adapter, '2'))).toContain(h.t(lng, 'social:ask.transport'));
      expect(texts(await say(h.adapter, '2'))).toContain(h.t(lng, 'social:ask.utilities'));
      const safety = texts(await say(h.adapter, words.no));
      // The question about safety at home: asked at once on web chat and on the phone; by text only if the member agrees.
      expect(safety).toContain(h.t(lng, channel === 'sms' ? 'social:ask.safetyFirst' : 'social:ask.safety'));
      const result = texts(await say(h.adapter, channel === 'sms' ? words.no : words.yes));
      expect(result).toContain(h.t(lng, 'social:next.food'));
      expect(result).toContain(h.t(lng, 'social:call211'));
      expect(result).toContain(h.t(lng, 'social:person'));
      expect(result).not.toContain(h.t(lng, 'social:next.safety'));
      const [screening] = await Promise.all([h.stores.socialScreenings.get(`user:${channel}:user`)]);
      expect(screening).toMatchObject({ declined: false, needs: ['food'] });
    },
  );

  it('respects a no to the questions, and keeps that answer', async () => {
    await memberJoins(h.adapter, picked('en'));
    await say(h.adapter, members.en.mention);
    expect(texts(await say(h.adapter, 'no'))).toContain(h.t('en', 'social:declined'));
    expect(await h.stores.socialScreenings.get(`user:${channel}:user`)).toMatchObject({ declined: true, needs: [] });
    const outcomes = (await h.outcomes.list(new Date(0))).map((o) => o.type);
    expect(outcomes).not.toContain('need.screened');
  });

  it('gives the hotline and an urgent offer of a person to a member who does not feel safe at home', async () => {
    await memberJoins(h.adapter, picked('en'));
    await say(h.adapter, members.en.mention);
    for (const answer of ['yes', 'no', 'no', 'no', 'no']) await say(h.adapter, answer);
    const result = texts(await say(h.adapter, channel === 'sms' ? 'yes' : 'no'));
    if (channel === 'sms') expect(result).toContain(h.t('en', 'social:ask.safety'));
    const finished = channel === 'sms' ? texts(await say(h.adapter, 'no')) : result;
    expect(finished).toContain(h.t('en', 'social:next.safety'));
    await h.stores.agents.setAvailable('ms-sam', true);
    await say(h.adapter, '0');
    const [handoff] = await h.stores.handoffs.withStatus('waiting');
    expect(handoff.packet).toMatchObject({ reason: 'socialNeed', urgency: 'urgent', flags: { social: ['safety'] } });
  });

  it('records the screening and each referral as outcomes, with channel and language', async () => {
    await memberJoins(h.adapter, picked('es'));
    await say(h.adapter, members.es.mention);
    for (const answer of ['sí', 'sí', 'sí', 'no', 'no']) await say(h.adapter, answer);
    await say(h.adapter, channel === 'sms' ? 'no' : 'sí');
    const outcomes = (await h.outcomes.list(new Date(0))).filter((o) => o.type.startsWith('need.'));
    expect(outcomes.map((o) => [o.type, o.detail, o.channel, o.language])).toEqual([
      ['need.screened', 'food+housing', channel, 'es'],
      ['need.referred', 'food', channel, 'es'],
      ['need.referred', 'housing', channel, 'es'],
    ]);
  });
});
