import { createBotHarness, memberJoins, say, texts, type BotHarness } from '../../helpers/botHarness';
import type { Language } from '../../../src/domain/language';

const picked = (locale: Language) => ({ locale, channelData: { languagePicked: true } });

describe.each([
  ['directline', 'en', 'M10000001', 'Margaret', '3/4/1950', 'March fourth nineteen fifty'],
  ['sms', 'es', 'M10000003', 'Rosa', '7/15/1952', '15 de julio de 1952'],
  ['voice', 'ko', 'M10000004', 'Soon-ja', '1/9/1945', '1945년 1월 9일'],
] as const)('identity on %s in %s', (channel, lng, memberId, firstName, typedDate, spokenDate) => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await createBotHarness(channel);
    await memberJoins(h.adapter, picked(lng));
    await say(h.adapter, 'how much is left on my otc card');
  });

  it('verifies with the member ID and the date of birth in a common form', async () => {
    await say(h.adapter, memberId.toLowerCase().replace('m', 'm ')); // "m 10000001"
    expect(texts(await say(h.adapter, typedDate))).toContain(h.t(lng, 'identity:verified', { firstName }));
  });

  it('understands the date written in words', async () => {
    await say(h.adapter, memberId);
    expect(texts(await say(h.adapter, spokenDate))).toContain(h.t(lng, 'identity:verified', { firstName }));
  });

  it('never says which part was wrong', async () => {
    await say(h.adapter, memberId);
    const wrongDate = texts(await say(h.adapter, '1/1/1960'));
    await say(h.adapter, 'M99999999');
    const wrongId = texts(await say(h.adapter, typedDate));
    expect(wrongDate).toContain(h.t(lng, 'identity:noMatch'));
    expect(wrongId).toContain(h.t(lng, 'identity:noMatch'));
    expect(wrongDate.replace(/\s+/g, ' ')).toBe(wrongId.replace(/\s+/g, ' '));
  });

  it('locks after three wrong birth dates, offers a person, and refuses even the right date for 15 minutes', async () => {
    for (const date of ['1/1/1960', '2/2/1961']) {
      await say(h.adapter, memberId);
      expect(texts(await say(h.adapter, date))).toContain(h.t(lng, 'identity:noMatch'));
    }
    await say(h.adapter, memberId);
    const locked = texts(await say(h.adapter, '3/3/1962'));
    expect(locked).toContain(h.t(lng, 'identity:locked', { minutes: 15 }));
    expect(locked).toContain(h.t(lng, 'identity:lockedPerson'));

    h.clock.advanceSeconds(10 * 60);
    const retry = texts(await say(h.adapter, 'how much is left on my otc card'));
    expect(retry).toContain(h.t(lng, 'identity:locked', { minutes: 15 }));
    expect(retry).not.toContain(h.t(lng, 'identity:askBirthDate'));

    const sameMemberElsewhere = h.conversation('another-device', undefined, 'someone-else');
    await memberJoins(sameMemberElsewhere, picked(lng));
    await say(sameMemberElsewhere, 'how much is left on my otc card');
    expect(texts(await say(sameMemberElsewhere, memberId))).toContain(h.t(lng, 'identity:locked', { minutes: 15 }));

    h.clock.advanceSeconds(6 * 60);
    expect(texts(await say(h.adapter, 'how much is left on my otc card'))).toContain(h.t(lng, 'identity:askId'));
  });
});

describe('a verified member', () => {
  it('stays verified in the conversation, and must verify again after 30 minutes without a message', async () => {
    const h = await createBotHarness('directline');
    await memberJoins(h.adapter, picked('en'));
    await say(h.adapter, 'how much is left on my otc card');
    await say(h.adapter, 'M10000001');
    await say(h.adapter, '3/4/1950');
    h.clock.advanceSeconds(20 * 60);
    expect(texts(await say(h.adapter, 'how many rides do i have left'))).not.toContain(h.t('en', 'identity:askId'));
    h.clock.advanceSeconds(31 * 60);
    expect(texts(await say(h.adapter, 'how many rides do i have left'))).toContain(h.t('en', 'identity:askId'));
  });
});
