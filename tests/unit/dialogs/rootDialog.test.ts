import { createBotHarness, memberJoins, say, texts, type BotHarness } from '../../helpers/botHarness';
import { languages } from '../../../src/domain/language';

const channels = ['directline', 'sms', 'voice'];

describe.each(channels)('the root conversation on %s', (channel) => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await createBotHarness(channel);
  });

  describe('first contact', () => {
    it('offers every language in its own words when the member is new', async () => {
      const replies = texts(await memberJoins(h.adapter));
      languages.forEach((lng, i) => expect(replies).toContain(h.t(lng, 'languageMenu.option', { number: i + 1 })));
      expect(replies).toContain(h.t('en', 'languageMenu.person'));
    });

    it('continues in Spanish with the main menu after the member replies 2', async () => {
      await memberJoins(h.adapter);
      const replies = texts(await say(h.adapter, '2'));
      expect(replies).toContain(h.t('es', 'language.changed'));
      expect(replies).toContain(h.t('es', 'mainMenu.prompt'));
      expect(replies).toContain(h.t('es', 'menu.line', { number: 1, label: h.t('es', 'mainMenu.benefits') }));
      expect(replies).toContain(h.t('es', 'menu.line', { number: 0, label: h.t('es', 'mainMenu.person') }));
    });

    it('understands a greeting written in a language as the choice of that language', async () => {
      await memberJoins(h.adapter);
      expect(texts(await say(h.adapter, 'hola'))).toContain(h.t('es', 'mainMenu.prompt'));
    });

    it('greets in the language the member picked on the page, without asking again', async () => {
      const replies = texts(await memberJoins(h.adapter, { locale: 'ko-KR', channelData: { languagePicked: true } }));
      expect(replies).toContain(h.t('ko', 'greeting'));
      expect(replies).toContain(h.t('ko', 'mainMenu.prompt'));
      expect(replies).not.toContain(h.t('en', 'languageMenu.person'));
    });

    it('answers a request written at the language menu, in the language it was written in', async () => {
      await memberJoins(h.adapter);
      const replies = texts(await say(h.adapter, 'necesito un viaje al doctor'));
      expect(replies).toContain(h.t('es', 'identity:askId'));
      expect(replies).not.toContain(h.t('en', 'notUnderstood.first'));
    });

    it('asks again when the answer to the language menu is not a language', async () => {
      await memberJoins(h.adapter);
      const replies = texts(await say(h.adapter, 'zzzz'));
      expect(replies).toContain(h.t('en', 'notUnderstood.first'));
      expect(replies).toContain(h.t('es', 'languageMenu.option', { number: 2 }));
    });
  });

  describe('language', () => {
    it.each([
      ['español', 'es'],
      ['tieng viet', 'vi'],
      ['中文', 'zh'],
      ['русский', 'ru'],
      ['kreyol', 'ht'],
      ['العربية', 'ar'],
    ] as const)('switches when the member writes "%s" at any time', async (word, lng) => {
      await memberJoins(h.adapter);
      await say(h.adapter, '1');
      const replies = texts(await say(h.adapter, word));
      expect(replies).toContain(h.t(lng, 'language.changed'));
      expect(replies).toContain(h.t(lng, 'mainMenu.prompt'));
    });

    it('remembers the chosen language for the member in a later conversation', async () => {
      await memberJoins(h.adapter);
      await say(h.adapter, '7');
      const later = h.conversation('a-later-conversation');
      const replies = texts(await memberJoins(later));
      expect(replies).toContain(h.t('ru', 'greeting'));
      expect(replies).not.toContain(h.t('en', 'languageMenu.person'));
    });

    it('shows the language menu again when the member asks for "idioma"', async () => {
      await memberJoins(h.adapter, { locale: 'es', channelData: { languagePicked: true } });
      const replies = texts(await say(h.adapter, 'idioma'));
      expect(replies).toContain(h.t('vi', 'languageMenu.option', { number: 4 }));
    });
  });

  describe('main menu', () => {
    beforeEach(async () => {
      await memberJoins(h.adapter, { locale: 'en', channelData: { languagePicked: true } });
    });

    it('opens the benefits menu on 1', async () => {
      expect(texts(await say(h.adapter, '1'))).toContain(h.t('en', 'benefits:ask'));
    });

    it.each(['2', '3', 'rides'])('opens visits or rides on "%s", after checking who the member is', async (input) => {
      const replies = texts(await say(h.adapter, input));
      expect(replies).toContain(h.t('en', 'identity:why'));
      expect(replies).toContain(h.t('en', 'identity:askId'));
    });

    it.each(['0', 'agent', 'I want to talk to a person', 'my care coordinator'])(
      'puts the member in line for a person when they write "%s"',
      async (input) => {
        await h.stores.agents.setAvailable('ms-sam', true);
        const replies = texts(await say(h.adapter, input));
        expect(replies).toContain(h.t('en', 'handoff:queued.connecting'));
        expect(await h.stores.handoffs.withStatus('waiting')).toHaveLength(1);
      },
    );

    it('offers a person after two messages in a row it did not understand', async () => {
      expect(texts(await say(h.adapter, 'banana umbrella'))).toContain(h.t('en', 'notUnderstood.first'));
      const second = texts(await say(h.adapter, 'blorp'));
      expect(second).toContain(h.t('en', 'notUnderstood.second'));
      expect(second).toContain(h.t('en', 'notUnderstood.offerPerson'));
    });

    it('starts counting misunderstandings again after an understood message', async () => {
      await say(h.adapter, 'banana umbrella');
      await say(h.adapter, 'hello');
      expect(texts(await say(h.adapter, 'blorp'))).toContain(h.t('en', 'notUnderstood.first'));
    });

    it('says the last message again on "repeat"', async () => {
      const before = await say(h.adapter, '2');
      const again = await say(h.adapter, 'repeat');
      expect(texts(again)).toBe(texts(before));
      expect(texts(await say(h.adapter, 'say again'))).toBe(texts(before));
    });

    it('starts over on "start over"', async () => {
      await say(h.adapter, 'nonsense words');
      const replies = texts(await say(h.adapter, 'start over'));
      expect(replies).toContain(h.t('en', 'restart'));
      expect(replies).toContain(h.t('en', 'mainMenu.prompt'));
    });

    it('explains the global words on "help"', async () => {
      const replies = texts(await say(h.adapter, 'help'));
      expect(replies).toContain(h.t('en', 'help.words'));
      expect(replies).toContain(h.t('en', 'help.zero'));
    });

    it('says goodbye warmly and greets again on the next message', async () => {
      expect(texts(await say(h.adapter, 'bye'))).toContain(h.t('en', 'goodbye'));
      expect(texts(await say(h.adapter, 'hello'))).toContain(h.t('en', 'greeting'));
    });
  });

  describe('safety first', () => {
    beforeEach(async () => {
      await memberJoins(h.adapter, { locale: 'es', channelData: { languagePicked: true } });
    });

    it('answers thoughts of suicide with 988 and the offer of a person, in the member language', async () => {
      const replies = texts(await say(h.adapter, 'ya no quiero vivir'));
      expect(replies).toContain(h.t('es', 'safety.crisis.lifeline'));
      expect(replies).toContain(h.t('es', 'safety.crisis.offer'));
    });

    it('answers a medical emergency with "call 911 now"', async () => {
      expect(texts(await say(h.adapter, 'mi esposo tiene dolor de pecho y no puede respirar'))).toContain(
        h.t('es', 'safety.emergency.call'),
      );
    });

    it('answers in the member language even when the words are in another language', async () => {
      expect(texts(await say(h.adapter, 'I want to kill myself'))).toContain(h.t('es', 'safety.crisis.lifeline'));
    });

    it('keeps the conversation going after the safety answer', async () => {
      await h.stores.agents.setAvailable('cc-ana', true);
      await say(h.adapter, 'me quiero morir');
      expect(texts(await say(h.adapter, '0'))).toContain(h.t('es', 'handoff:queued.connecting'));
    });

    it('answers before anything else, even in the middle of a menu', async () => {
      await say(h.adapter, 'idioma');
      const replies = texts(await say(h.adapter, 'quiero suicidarme'));
      expect(replies).toContain(h.t('es', 'safety.crisis.lifeline'));
      expect(replies).not.toContain(h.t('es', 'notUnderstood.first'));
    });
  });

  it('gives every message SSML in the member language and an input hint', async () => {
    const replies = await memberJoins(h.adapter, { locale: 'vi', channelData: { languagePicked: true } });
    for (const reply of replies) {
      expect(reply.speak).toMatch(/^<speak version="1.0" xmlns="http:\/\/www.w3.org\/2001\/10\/synthesis" xml:lang="vi-VN">/);
      expect(['expectingInput', 'acceptingInput']).toContain(reply.inputHint);
    }
  });
});
