import { z } from 'zod';

/** The intent catalog of SPEC §5. Names are stable: tests, analytics and the parse endpoint use them. */
export const intentNames = [
  'greeting',
  'help',
  'goodbye',
  'language.change',
  'agent.request',
  'benefit.coverage',
  'benefit.balance',
  'benefit.extra_help',
  'appointment.book',
  'appointment.cancel',
  'appointment.reschedule',
  'appointment.list',
  'ride.book',
  'ride.cancel',
  'ride.status',
  'feedback.complaint',
  'social.need',
  'safety.crisis',
  'safety.emergency',
  'none',
] as const;

export const intentNameSchema = z.enum(intentNames);
export type IntentName = z.infer<typeof intentNameSchema>;

export function isSafetyIntent(name: IntentName): boolean {
  return name === 'safety.crisis' || name === 'safety.emergency';
}

export const benefitKinds = [
  'dental', 'vision', 'hearing', 'otc', 'fitness', 'transportation', 'meals', 'prescriptions', 'primary_care', 'specialist', 'mental_health',
] as const;
export type BenefitKind = (typeof benefitKinds)[number];

export const specialties = [
  'primary_care', 'cardiology', 'dermatology', 'eye_care', 'podiatry', 'behavioral_health', 'womens_health', 'orthopedics', 'endocrinology', 'nephrology',
] as const;
export type Specialty = (typeof specialties)[number];

export const socialNeeds = ['food', 'housing', 'utilities', 'safety'] as const;
export type SocialNeed = (typeof socialNeeds)[number];

export const entityTypes = ['benefit', 'specialty', 'need', 'language', 'date'] as const;
export type EntityType = (typeof entityTypes)[number];

export interface Entity {
  type: EntityType;
  value: string;
}
