import type { Language } from '../../../src/domain/language';
import { buildNlu } from '../../../bench/nluEvaluation';
import { root } from '../../helpers/botHarness';

const { recognizer } = buildNlu(root);
const localeOf = (text: string, language?: Language) => recognizer.recognizeNow(text, { language }).locale;

describe('the language of a message', () => {
  it.each(['ok', 'taxi', 'Medicare', 'OTC', 'gracias', 'si', 'hello', '911?'])(
    'never flips a Korean member\'s language for the short message "%s"',
    (text) => {
      expect(localeOf(text, 'ko')).toBe('ko');
    },
  );

  it.each([
    ['I need to cancel my ride for tomorrow morning', 'en'],
    ['necesito cancelar mi cita con el doctor', 'es'],
    ['我想取消明天的预约', 'zh'],
    ['tôi muốn hủy lịch hẹn bác sĩ ngày mai', 'vi'],
    ['toi muon huy lich hen bac si', 'vi'],
    ['내일 병원 예약을 취소하고 싶어요', 'ko'],
    ['gusto ko pong kanselahin ang appointment ko bukas', 'tl'],
    ['я хочу отменить запись к врачу', 'ru'],
    ['أريد إلغاء موعدي مع الطبيب', 'ar'],
    ['mwen bezwen anile randevou mwen ak doktè a', 'ht'],
  ] as const)('recognises "%s" as %s even when the member used another language before', (text, expected) => {
    expect(localeOf(text, expected === 'en' ? 'es' : 'en')).toBe(expected);
  });

  it('guesses the language of a first message when none is stored', () => {
    expect(localeOf('hola necesito ayuda con mis beneficios')).toBe('es');
  });
});
