import { languages } from '../../../src/domain/language';
import { accuracyBy, buildNlu, evaluate, readHeldOut, requiredAccuracy } from '../../../bench/nluEvaluation';
import { root } from '../../helpers/botHarness';

const nlu = buildNlu(root);
const messages = readHeldOut(root);
const outcomes = evaluate(nlu, messages);
const byLanguage = accuracyBy(outcomes, (o) => o.message.locale);

describe('understanding messages it was never trained on', () => {
  it.each(languages)('reads held-out %s messages at the required accuracy, in every style', (lng) => {
    const row = byLanguage.get(lng)!;
    expect(row.total).toBeGreaterThanOrEqual(25);
    const styles = new Set(outcomes.filter((o) => o.message.locale === lng).map((o) => o.message.style));
    expect(styles.size).toBeGreaterThanOrEqual(5);
    expect(row.correct / row.total).toBeGreaterThanOrEqual(requiredAccuracy[lng]);
  });

  it('catches every held-out message about self-harm or an emergency', () => {
    const urgent = outcomes.filter((o) => o.message.intent.startsWith('safety.'));
    expect(urgent.filter((o) => !o.urgent).map((o) => o.message.text)).toEqual([]);
  });

  it.each([
    ['es', 'necesito un ride pal doctor'],
    ['vi', 'toi can xe di bac si'],
    ['tl', 'gusto ko ng sasakyan papunta sa doktor'],
    ['en', 'i need a ride to my dialysis on thursday'],
    ['zh', '我要坐车去看医生'],
  ] as const)('starts a ride booking for the %s message "%s"', (lng, text) => {
    expect(nlu.recognizer.recognizeNow(text, { language: lng }).intent.name).toBe('ride.book');
  });
});
