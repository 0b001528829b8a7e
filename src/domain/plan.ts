import { z } from 'zod';
import { benefitKinds } from './intents';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour clock)');
const money = z.number().nonnegative().multipleOf(0.01);

/** How members reach a person at the plan: the number they call and when someone answers. */
export const memberServicesSchema = z.object({
  phone: z.string().min(7),
  open: clockTime,
  close: clockTime,
  timeZone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as America/New_York'),
  /** About how long a person spends with one member: the wait told to members in line is based on it. */
  minutesPerMember: z.number().int().positive().default(6),
});

/** What the member pays each time they use a benefit. */
export const memberPaysSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('nothing') }),
  z.object({ type: z.literal('copay'), amount: money }),
  z.object({ type: z.literal('coinsurance'), percent: z.number().min(0).max(100) }),
]);

/** A limit on a benefit: how many times (or how much money) per period. */
export const benefitLimitSchema = z.object({
  count: z.number().int().positive().optional(),
  amount: money.optional(),
  unit: z.enum(['visits', 'exams', 'cleanings', 'pairs', 'devices', 'rides', 'meals', 'classes', 'dollars']),
  per: z.enum(['month', 'quarter', 'year', 'lifetime']),
});

/** The ways a member uses a benefit; each is a sentence in the locales (`benefits.howTo.<step>`). */
export const howToSteps = [
  'showCard', 'networkProvider', 'pcpFirst', 'referral', 'priorApproval', 'pharmacy', 'mailOrder', 'otcCatalog', 'otcStore',
  'fitnessLocation', 'bookRide', 'mealsAfterHospital', 'callMemberServices', 'crisisLine',
] as const;

/** The one next step the assistant offers after answering about a benefit. */
export const nextSteps = ['bookAppointment', 'bookRide', 'checkBalance', 'extraHelp', 'person'] as const;

export const benefitSchema = z.object({
  covered: z.boolean(),
  memberPays: memberPaysSchema,
  limit: benefitLimitSchema.optional(),
  howTo: z.array(z.enum(howToSteps)).min(1).max(3),
  next: z.enum(nextSteps),
});

/** Rides to care (SPEC §8): the rules the ride dialog checks. */
export const rideRulesSchema = z.object({
  oneWayRidesPerYear: z.number().int().positive(),
  noticeBusinessDays: z.number().int().min(0).max(10),
  sameDayAllowedFor: z.array(z.enum(['dialysis', 'discharge', 'urgentCare'])),
  maxMilesOneWay: z.number().positive(),
  escortAllowed: z.boolean(),
  /** How long before the visit the driver picks the member up. */
  pickupMinutesBefore: z.number().int().min(15).max(240).default(60),
});

/** Extra Help (Low-Income Subsidy) limits, with the year they apply to (SPEC §6). */
export const extraHelpLimitsSchema = z.object({
  year: z.number().int().min(2020).max(2100),
  monthlyIncome: z.object({ single: money, married: money }),
  resources: z.object({ single: money, married: money }),
  applyPhone: z.string().min(7),
});

/** The plan file, validated at start: a broken file stops the start naming the field. */
export const planSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  memberServices: memberServicesSchema,
  benefits: z.object(Object.fromEntries(benefitKinds.map((k) => [k, benefitSchema])) as Record<(typeof benefitKinds)[number], typeof benefitSchema>),
  otcAllowancePerQuarter: money,
  rides: rideRulesSchema,
  extraHelp: extraHelpLimitsSchema,
});

export type Plan = z.infer<typeof planSchema>;
export type MemberServices = z.infer<typeof memberServicesSchema>;
export type Benefit = z.infer<typeof benefitSchema>;
export type BenefitLimit = z.infer<typeof benefitLimitSchema>;
