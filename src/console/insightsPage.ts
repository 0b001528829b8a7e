import type { i18n as I18n } from 'i18next';
import { languageTraits, type Language } from '../domain/language';
import type { NotUnderstood } from '../domain/notUnderstood';
import type { InsightsReport, ScoreGroup } from '../insights/insightsReport';
import { escapeHtml } from '../web/escapeHtml';
import type { AgentWords } from './agentWords';
import { barChart, type Bar } from './svgCharts';

export interface InsightsPageInput {
  report: InsightsReport;
  notUnderstood: NotUnderstood[];
  days: number;
  timeZone: string;
}

/** Ranges a supervisor can pick, in days. */
export const insightRanges = [7, 30, 90] as const;

/**
 * The supervisors' insights page (`/insights`), server-rendered: charts as inline SVG with their
 * numbers in tables, every label in the supervisor's language, no script at all.
 */
export function renderInsightsPage(i18n: I18n, words: AgentWords, language: Language, input: InsightsPageInput): string {
  const t = (key: string, vars: Record<string, unknown> = {}) => i18n.t(key, { lng: language, ns: 'insights', ...vars });
  const { report } = input;
  const named = (group: string, counts: Record<string, number>): Bar[] =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([code, count]) => ({ label: words.code(language, group, code), values: [count] }));
  const byLanguage = (counts: Record<string, number>): Bar[] =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([code, count]) => ({ label: words.languageName(language, code), values: [count] }));
  const scoreBars = (groups: ScoreGroup[], label: (key: string) => string, value: (g: ScoreGroup) => number | undefined): Bar[] =>
    groups.flatMap((g) => (value(g) === undefined ? [] : [{ label: label(g.key), values: [value(g)!] }]));
  const chart = (id: string, bars: Bar[], series = [t('series.count')], format?: (v: number) => string) =>
    bars.length === 0
      ? `<section class="chart" aria-labelledby="${id}-title"><h3 id="${id}-title">${escapeHtml(t(`chart.${id}.title`))}</h3><p class="note">${escapeHtml(t('noData'))}</p></section>`
      : barChart({ id, title: t(`chart.${id}.title`), description: t(`chart.${id}.description`), series, bars, format });
  const day = (iso: string) => new Intl.DateTimeFormat(languageTraits[language].tag, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
  const perDay = report.days.map((d) => ({ label: day(d.day), values: [d.resolved, d.handedOff, Math.max(0, d.conversations - d.resolved - d.handedOff)] }));
  const decimal = (v: number) => new Intl.NumberFormat(languageTraits[language].tag, { maximumFractionDigits: 1 }).format(v);
  const { dir } = languageTraits[language];
  const time = report.timeToPerson;
  return `<!doctype html>
<html lang="${language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('title'))}</title>
<link rel="stylesheet" href="/agent/assets/agent.css">
<link rel="stylesheet" href="/agent/assets/insights.css">
</head>
<body>
<header class="page-header"><h1>${escapeHtml(t('title'))}</h1>
<nav aria-label="${escapeHtml(t('range.label'))}"><ul class="ranges">${insightRanges
    .map((n) => `<li><a href="/insights?days=${n}"${n === input.days ? ' aria-current="page"' : ''}>${escapeHtml(t(`range.days${n}`))}</a></li>`)
    .join('')}</ul></nav></header>
<main>
<p>${escapeHtml(t('period', { from: day(report.from), to: day(report.to) }))}</p>
<p><a href="/insights/export.csv?days=${input.days}" download>${escapeHtml(t('export'))}</a></p>
<section class="panel" aria-labelledby="summary-heading"><h2 id="summary-heading">${escapeHtml(t('summary.heading'))}</h2><ul>
<li>${escapeHtml(t('summary.conversations', { count: report.conversations }))}</li>
<li>${escapeHtml(t('summary.resolved', { count: report.resolved }))}</li>
<li>${escapeHtml(t('summary.handedOff', { count: report.handedOff }))}</li>
<li>${escapeHtml(time.medianMinutes === undefined ? t('summary.timeToPersonNone') : t('summary.timeToPerson', { median: decimal(time.medianMinutes), p90: decimal(time.p90Minutes ?? 0) }))}</li>
</ul></section>
<div class="charts">
${chart('perDay', perDay, [t('series.resolved'), t('series.handedOff'), t('series.other')])}
${chart('outcomes', named('done', report.outcomes))}
${chart('reasons', named('reason', report.handoffReasons))}
${chart('referrals', named('social', report.referrals))}
${chart('languages', byLanguage(report.languages))}
${chart('satisfactionLanguage', scoreBars(report.satisfactionByLanguage, (k) => words.languageName(language, k), (g) => g.satisfaction), undefined, decimal)}
${chart('satisfactionChannel', scoreBars(report.satisfactionByChannel, (k) => words.code(language, 'channel', k), (g) => g.satisfaction), undefined, decimal)}
${chart('npsLanguage', scoreBars(report.satisfactionByLanguage, (k) => words.languageName(language, k), (g) => g.nps))}
${chart('notUnderstood', byLanguage(report.notUnderstoodByLanguage))}
</div>
${notUnderstoodSection(t, words, language, input)}
</main>
</body>
</html>`;
}

function notUnderstoodSection(t: (key: string) => string, words: AgentWords, language: Language, input: InsightsPageInput): string {
  const when = new Intl.DateTimeFormat(languageTraits[language].tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: input.timeZone });
  const rows = input.notUnderstood
    .map(
      (m) =>
        `<tr><td>${escapeHtml(when.format(m.at))}</td><td>${escapeHtml(words.languageName(language, m.language))}</td><td>${escapeHtml(words.code(language, 'channel', m.channel))}</td><td dir="auto" lang="${escapeHtml(m.language)}">${escapeHtml(m.text)}</td></tr>`,
    )
    .join('');
  const table = rows
    ? `<table class="messages"><thead><tr><th scope="col">${escapeHtml(t('notUnderstood.when'))}</th><th scope="col">${escapeHtml(t('notUnderstood.language'))}</th><th scope="col">${escapeHtml(t('notUnderstood.channel'))}</th><th scope="col">${escapeHtml(t('notUnderstood.message'))}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p class="note">${escapeHtml(t('noData'))}</p>`;
  return `<section class="panel" aria-labelledby="not-understood-heading"><h2 id="not-understood-heading">${escapeHtml(t('notUnderstood.heading'))}</h2>
<p class="note">${escapeHtml(t('notUnderstood.note'))}</p>${table}</section>`;
}

/** The report's numbers as CSV (`metric,key,value`), without any message text. */
export function insightsCsv(report: InsightsReport): string {
  const rows: Array<[string, string, string | number]> = [
    ['conversations', 'total', report.conversations],
    ['resolvedByAssistant', 'total', report.resolved],
    ['handedOff', 'total', report.handedOff],
    ...report.days.flatMap((d): Array<[string, string, number]> => [
      ['conversations', d.day, d.conversations],
      ['resolvedByAssistant', d.day, d.resolved],
      ['handedOff', d.day, d.handedOff],
    ]),
    ...entries('outcome', report.outcomes),
    ...entries('handoffReason', report.handoffReasons),
    ...entries('referral', report.referrals),
    ...entries('language', report.languages),
    ...report.satisfactionByLanguage.flatMap((g) => scoreRows('language', g)),
    ...report.satisfactionByChannel.flatMap((g) => scoreRows('channel', g)),
    ['timeToPersonMinutes', 'median', report.timeToPerson.medianMinutes ?? ''],
    ['timeToPersonMinutes', 'p90', report.timeToPerson.p90Minutes ?? ''],
    ...entries('notUnderstood', report.notUnderstoodByLanguage),
  ];
  return ['metric,key,value', ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n') + '\r\n';
}

function entries(metric: string, counts: Record<string, number>): Array<[string, string, number]> {
  return Object.entries(counts).map(([key, count]) => [metric, key, count]);
}

function scoreRows(by: string, g: ScoreGroup): Array<[string, string, number | string]> {
  return [
    [`satisfactionBy${by === 'language' ? 'Language' : 'Channel'}`, g.key, g.satisfaction],
    [`recommendationBy${by === 'language' ? 'Language' : 'Channel'}`, g.key, g.nps ?? ''],
  ];
}

/** A CSV cell, quoted when needed; a leading =, +, - or @ is neutralised (spreadsheet formula injection). */
function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
