import { createBotHarness, memberJoins, say, texts, type BotHarness } from '../../helpers/botHarness';
import { ScriptedRecognizer } from '../../fakes/scriptedRecognizer';

const picked = (locale: string) => ({ locale, channelData: { languagePicked: true } });

describe.each(['directline', 'sms', 'voice'])('free text on %s', (channel) => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await createBotHarness(channel);
  });

  it.each([
    ['es', 'necesito un ride pal doctor'],
    ['vi', 'tôi muốn đặt lịch hẹn bác sĩ'],
  ] as const)('starts booking for the %s request "%s", by checking who the member is', async (lng, text) => {
    const adapter = h.conversation(`${channel}-${lng}-${text}`);
    await memberJoins(adapter, picked(lng));
    const replies = texts(await say(adapter, text));
    expect(replies).toContain(h.t(lng, 'identity:why'));
    expect(replies).toContain(h.t(lng, 'identity:askId'));
  });

  it.each([
    ['en', 'is dental covered?', 'dental'],
    ['ko', '치과 보험 되나요?', 'dental'],
    ['es', 'cubren los lentes?', 'vision'],
  ] as const)('answers the %s question "%s" from the plan', async (lng, text, benefit) => {
    const adapter = h.conversation(`${channel}-${lng}-${text}`);
    await memberJoins(adapter, picked(lng));
    const replies = texts(await say(adapter, text));
    expect(replies).toContain(h.t(lng, 'benefits:covered', { benefit: h.t(lng, `benefits:names.${benefit}`) }));
  });

  it('answers with care and offers the social-needs questions when a member says they have no food', async () => {
    const adapter = h.conversation(`${channel}-food`);
    await memberJoins(adapter, picked('en'));
    const replies = texts(await say(adapter, 'we have no food at home this week'));
    expect(replies).toContain(h.t('en', 'social:mentioned'));
    expect(replies).toContain(h.t('en', 'social:offer.ask'));
  });

  it('takes a number word for the number ("dos" is 2)', async () => {
    const adapter = h.conversation(`${channel}-dos`);
    await memberJoins(adapter, picked('es'));
    expect(texts(await say(adapter, 'dos'))).toContain(h.t('es', 'identity:askId'));
  });

  it('answers the request in the first message of a new member, in its language, without a language menu', async () => {
    const adapter = h.conversation(`${channel}-first`);
    const replies = texts(await say(adapter, 'necesito un ride pal doctor'));
    expect(replies).toContain(h.t('es', 'identity:askId'));
    expect(replies).not.toContain(h.t('en', 'languageMenu.person'));
  });
});

describe('an unsure reading', () => {
  const recognizer = new ScriptedRecognizer({
    'the thing for my card': [['benefit.balance', 0.34], ['benefit.coverage', 0.31], ['none', 0.2], ['ride.book', 0.1]],
    'qwerty': [['none', 0.95]],
    'i just want it all to stop with my membership': [['safety.crisis', 0.6], ['benefit.coverage', 0.2], ['agent.request', 0.1]],
  });
  let h: BotHarness;
  beforeAll(async () => {
    h = await createBotHarness('directline', { recognizer });
  });

  it('asks a short numbered question instead of guessing, and acts on the answer', async () => {
    await memberJoins(h.adapter, picked('en'));
    const question = texts(await say(h.adapter, 'the thing for my card'));
    expect(question).toContain(h.t('en', 'clarify.prompt'));
    expect(question).toContain(h.t('en', 'menu.line', { number: 1, label: h.t('en', 'intents.benefit.balance') }));
    expect(question).toContain(h.t('en', 'menu.line', { number: 2, label: h.t('en', 'intents.benefit.coverage') }));
    expect(question).toContain(h.t('en', 'menu.line', { number: 3, label: h.t('en', 'intents.ride.book') }));
    expect(question).toContain(h.t('en', 'menu.line', { number: 0, label: h.t('en', 'mainMenu.person') }));
    expect(texts(await say(h.adapter, '2'))).toContain(h.t('en', 'benefits:ask'));
  });

  it('reads a new message normally when the member answers the question with something else', async () => {
    const adapter = h.conversation('unsure-then-menu');
    await memberJoins(adapter, picked('en'));
    await say(adapter, 'the thing for my card');
    expect(texts(await say(adapter, 'rides'))).toContain(h.t('en', 'identity:askId'));
  });

  it('gently says where crisis help is when only the classifier leans to a crisis, then asks what the member meant', async () => {
    const adapter = h.conversation('unsure-crisis');
    await memberJoins(adapter, picked('en'));
    const replies = texts(await say(adapter, 'i just want it all to stop with my membership'));
    expect(replies).toContain(h.t('en', 'safety.check.crisis'));
    expect(replies).not.toContain(h.t('en', 'safety.crisis.care'));
    expect(replies).toContain(h.t('en', 'clarify.prompt'));
    expect(replies).toContain(h.t('en', 'menu.line', { number: 1, label: h.t('en', 'intents.benefit.coverage') }));
  });

  it('counts a message it cannot read at all as not understood', async () => {
    const adapter = h.conversation('unsure-none');
    await memberJoins(adapter, picked('en'));
    expect(texts(await say(adapter, 'qwerty'))).toContain(h.t('en', 'notUnderstood.first'));
  });
});
