import type { Plan } from '../../src/domain/plan';

export interface ScreenerAnswers {
  married: boolean;
  monthlyIncome: number;
  savings: number;
}

/** Under both the income and the resource limit of the year → "you may qualify" (never a promise). */
export function screenExtraHelp(limits: Plan['extraHelp'], answers: ScreenerAnswers): 'mayQualify' | 'mayNotQualify' {
  const household = answers.married ? 'married' : 'single';
  const underIncome = answers.monthlyIncome <= limits.monthlyIncome[household];
  const underResources = answers.savings <= limits.resources[household];
  return underIncome && underResources ? 'mayQualify' : 'mayNotQualify';
}
