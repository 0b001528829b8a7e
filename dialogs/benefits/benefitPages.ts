import type { BenefitKind } from '../../src/domain/intents';

/** The benefits menu in pages of four (choice 5 is "more", 0 a person): never more than five choices. */
export const benefitPages: BenefitKind[][] = [
  ['dental', 'vision', 'hearing', 'prescriptions'],
  ['primary_care', 'specialist', 'mental_health', 'otc'],
  ['transportation', 'meals', 'fitness'],
];

export const MORE_CHOICE = 5;
