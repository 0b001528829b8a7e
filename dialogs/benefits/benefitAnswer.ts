import type { Benefit } from '../../src/domain/plan';
import type { BenefitKind } from '../../src/domain/intents';
import { languageTraits, type Language } from '../../src/domain/language';
import { formatMoney } from '../../src/i18n/formatters';
import type { Line, Replies } from '../shared/replies';

/**
 * The plain answer about one benefit, from the plan: covered or not, what the member pays, the
 * limit, and how to use it. Only locale keys and plan numbers go in; no words are made up here.
 */
export function benefitAnswerLines(replies: Replies, language: Language, kind: BenefitKind, benefit: Benefit): Line[] {
  const name = replies.text(language, `benefits:names.${kind}`);
  if (!benefit.covered) return [['benefits:notCovered', { benefit: name }], ...benefit.howTo.map((step) => `benefits:howTo.${step}`)];
  const lines: Line[] = [['benefits:covered', { benefit: name }]];
  const pays = benefit.memberPays;
  if (pays.type === 'nothing') lines.push('benefits:pays.nothing');
  if (pays.type === 'copay') lines.push(['benefits:pays.copay', { amount: formatMoney(language, pays.amount) }]);
  if (pays.type === 'coinsurance') lines.push(['benefits:pays.coinsurance', { percent: new Intl.NumberFormat(languageTraits[language].tag, { style: 'percent' }).format(pays.percent / 100) }]);
  const limit = benefit.limit;
  if (limit) {
    const period = replies.text(language, `benefits:periods.${limit.per}`);
    if (limit.amount !== undefined) lines.push(['benefits:limit.amount', { amount: formatMoney(language, limit.amount), period }]);
    else if (limit.count !== undefined) {
      const what = replies.text(language, [`benefits:units.${limit.unit}`, { count: limit.count }]);
      lines.push(['benefits:limit.count', { what, period }]);
    }
  }
  return [...lines, ...benefit.howTo.map((step) => `benefits:howTo.${step}`)];
}
