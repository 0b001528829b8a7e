import { loadProjectLexicons } from '../../../src/nlu/nluFiles';
import { SafetyScreen } from '../../../src/nlu/safetyScreen';
import { CommandInterpreter } from '../../../src/nlu/commandInterpreter';
import { PhraseList, toUtterance } from '../../../src/nlu/phraseMatcher';
import { root } from '../../helpers/botHarness';

const lexicons = loadProjectLexicons(root);
const screen = new SafetyScreen(lexicons);
const interpreter = new CommandInterpreter(lexicons);

describe('matching phrases the way members write', () => {
  it('matches a Vietnamese crisis word typed with its tone marks, or with none', () => {
    expect(screen.screen('tôi muốn tự tử', 'vi')).toMatchObject({ crisis: true });
    expect(screen.screen('toi muon tu tu', 'vi')).toMatchObject({ crisis: true });
    expect(screen.screen('TỰ TỬ', 'vi')).toMatchObject({ crisis: true });
  });

  it('does not take "từ từ" (slowly) for "tự tử" (suicide) when the marks say otherwise', () => {
    expect(screen.screen('từ từ thôi, tôi đang đợi xe', 'vi')).toBeUndefined();
  });

  it('reads đ and d alike', () => {
    expect(toUtterance('Đau ngực').text).toBe(toUtterance('dau nguc').text);
  });

  it('catches a one-word "EMERGENCY!!" but not a question about the emergency room', () => {
    expect(screen.screen('EMERGENCY!!', 'en')).toMatchObject({ emergency: true });
    expect(screen.screen('is the emergency room covered', 'en')).toBeUndefined();
  });

  it('matches word beginnings for entries that end in *', () => {
    const list = new PhraseList(['suicid*']);
    expect(list.containedIn(toUtterance('I feel suicidal'))).toBe(true);
    expect(list.containedIn(toUtterance('nonsuicidal'))).toBe(false);
  });

  it('does not switch to English when a Chinese member asks for an interpreter', () => {
    expect(interpreter.interpret('我不会说英文，需要翻译', 'zh').kind).not.toBe('switchLanguage');
    expect(interpreter.interpret('中文', 'en')).toEqual({ kind: 'switchLanguage', language: 'zh' });
  });
});
