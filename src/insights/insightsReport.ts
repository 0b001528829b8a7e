import type { Outcome } from '../domain/outcome';
import type { Feedback } from '../domain/feedback';
import type { Handoff } from '../domain/handoff';
import type { NotUnderstood } from '../domain/notUnderstood';
import { localDay, addDays } from '../domain/zonedTime';

export interface InsightsData {
  outcomes: Outcome[];
  feedback: Feedback[];
  /** Handoffs that were taken by a person (for the time it took). */
  handoffs: Handoff[];
  notUnderstood: NotUnderstood[];
}

export interface DayCount {
  day: string;
  conversations: number;
  resolved: number;
  handedOff: number;
}

export interface ScoreGroup {
  key: string;
  answers: number;
  /** Average satisfaction, 1 to 5. */
  satisfaction: number;
  /** Net promoter score, -100 to 100, from the answers that gave a recommendation (undefined when none did). */
  nps?: number;
}

export interface InsightsReport {
  from: string;
  to: string;
  days: DayCount[];
  conversations: number;
  resolved: number;
  handedOff: number;
  outcomes: Record<string, number>;
  handoffReasons: Record<string, number>;
  referrals: Record<string, number>;
  languages: Record<string, number>;
  satisfactionByLanguage: ScoreGroup[];
  satisfactionByChannel: ScoreGroup[];
  timeToPerson: { accepted: number; medianMinutes?: number; p90Minutes?: number };
  notUnderstoodByLanguage: Record<string, number>;
}

/** Outcomes that mean the assistant did what the member came for. */
const TASKS = new Set<Outcome['type']>([
  'benefit.answered', 'balance.shown', 'extraHelp.screened', 'appointment.booked', 'appointment.changed',
  'appointment.cancelled', 'ride.booked', 'ride.cancelled', 'need.screened', 'need.referred',
]);
/** Bookkeeping, not something achieved for the member: left out of the outcome counts. */
const NOT_COUNTED = new Set<Outcome['type']>(['conversation.started', 'identity.verified']);

/**
 * What helped members, from the recorded events (SPEC §1, §9): conversations per day, resolved by the
 * assistant (a task done and no person needed) versus handed to a person, outcomes, handoff reasons,
 * referrals, languages, satisfaction and recommendation by language and channel, time to reach a
 * person, and messages not understood by language. Days are the plan's local days.
 */
export function insightsReport(data: InsightsData, range: { from: string; to: string; timeZone: string }): InsightsReport {
  const dayOf = (date: Date) => localDay(date, range.timeZone);
  const inRange = (date: Date) => dayOf(date) >= range.from && dayOf(date) <= range.to;
  const outcomes = data.outcomes.filter((o) => inRange(o.at));
  const handedOffIds = new Set(outcomes.filter((o) => o.type === 'handoff.requested').map((o) => o.conversationId ?? ''));
  const resolvedIds = new Set(
    outcomes.filter((o) => TASKS.has(o.type) && !handedOffIds.has(o.conversationId ?? '')).map((o) => o.conversationId ?? ''),
  );
  const firstDay = new Map<string, string>();
  for (const o of outcomes) if (o.conversationId && !firstDay.has(o.conversationId)) firstDay.set(o.conversationId, dayOf(o.at));

  const days: DayCount[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    const started = outcomes.filter((o) => o.type === 'conversation.started' && dayOf(o.at) === day).length;
    const on = (ids: Set<string>) => [...ids].filter((id) => firstDay.get(id) === day).length;
    days.push({ day, conversations: started, resolved: on(resolvedIds), handedOff: on(handedOffIds) });
  }
  const feedback = data.feedback.filter((f) => inRange(f.at));
  const minutes = data.handoffs
    .filter((h) => h.acceptedAt && inRange(h.createdAt))
    .map((h) => (h.acceptedAt!.getTime() - h.createdAt.getTime()) / 60_000)
    .sort((a, b) => a - b);
  return {
    from: range.from,
    to: range.to,
    days,
    conversations: days.reduce((sum, d) => sum + d.conversations, 0),
    resolved: resolvedIds.size,
    handedOff: handedOffIds.size,
    outcomes: countBy(outcomes.filter((o) => !NOT_COUNTED.has(o.type)), (o) => o.type),
    handoffReasons: countBy(outcomes.filter((o) => o.type === 'handoff.requested'), (o) => o.detail ?? 'asked'),
    referrals: countBy(outcomes.filter((o) => o.type === 'need.referred'), (o) => o.detail ?? ''),
    languages: countBy(outcomes.filter((o) => o.type === 'conversation.started'), (o) => o.language),
    satisfactionByLanguage: scores(feedback, (f) => f.language),
    satisfactionByChannel: scores(feedback, (f) => f.channel),
    timeToPerson: { accepted: minutes.length, medianMinutes: percentile(minutes, 0.5), p90Minutes: percentile(minutes, 0.9) },
    notUnderstoodByLanguage: countBy(data.notUnderstood.filter((m) => inRange(m.at)), (m) => m.language),
  };
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function scores(feedback: Feedback[], key: (f: Feedback) => string): ScoreGroup[] {
  const groups = new Map<string, Feedback[]>();
  for (const f of feedback) groups.set(key(f), [...(groups.get(key(f)) ?? []), f]);
  return [...groups].map(([group, answers]) => {
    const recommended = answers.flatMap((a) => (a.recommendation === undefined ? [] : [a.recommendation]));
    const share = (test: (n: number) => boolean) => recommended.filter(test).length / recommended.length;
    return {
      key: group,
      answers: answers.length,
      satisfaction: round(answers.reduce((sum, a) => sum + a.satisfaction, 0) / answers.length, 2),
      nps: recommended.length > 0 ? Math.round(100 * (share((n) => n >= 9) - share((n) => n <= 6))) : undefined,
    };
  });
}

/** The value at a share of a sorted list (nearest rank), in minutes rounded to one decimal. */
function percentile(sorted: number[], share: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)], 1);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
