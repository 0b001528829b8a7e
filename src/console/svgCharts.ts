import { escapeHtml } from '../web/escapeHtml';

export interface Bar {
  label: string;
  /** One value per series (one series for a plain bar chart). */
  values: number[];
}

export interface ChartSpec {
  id: string;
  title: string;
  /** A sentence that says what the chart shows, for screen readers and as its caption. */
  description: string;
  series: string[];
  bars: Bar[];
  /** How a value is written ("4.5", "12"). */
  format?: (value: number) => string;
}

const ROW = 34;
const LABEL = 210;
const WIDTH = 720;
const VALUE = 80;
/** Dark enough for 3:1 against white (non-text contrast); series also differ by pattern and are named in the table. */
const FILLS = ['#1a4f8b', '#8a1c1c', '#2f6b2f'];

/**
 * A horizontal bar chart as inline SVG (stacked when there are several series), with a title and a
 * description for screen readers, and the same numbers in a table under it: charts, not only tables,
 * and never a chart alone.
 */
export function barChart(spec: ChartSpec): string {
  const format = spec.format ?? ((v: number) => String(v));
  const max = Math.max(1, ...spec.bars.map((b) => b.values.reduce((a, v) => a + Math.max(0, v), 0)));
  const scale = (WIDTH - LABEL - VALUE) / max;
  const height = Math.max(1, spec.bars.length) * ROW + 8;
  const rows = spec.bars
    .map((bar, i) => {
      const y = i * ROW + 4;
      let x = LABEL;
      const parts = bar.values
        .map((value, s) => {
          const width = Math.max(0, value) * scale;
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${ROW - 10}" fill="${FILLS[s % FILLS.length]}"${s > 0 ? ` fill-opacity="0.85" stroke="#1b1b1b" stroke-dasharray="4 2"` : ''}/>`;
          x += width;
          return rect;
        })
        .join('');
      const total = bar.values.reduce((a, v) => a + v, 0);
      return `<text x="${LABEL - 8}" y="${y + ROW / 2}" text-anchor="end">${escapeHtml(bar.label)}</text>${parts}<text x="${(x + 6).toFixed(1)}" y="${y + ROW / 2}">${escapeHtml(format(total))}</text>`;
    })
    .join('');
  const legend = spec.series.length > 1 ? `<ul class="legend">${spec.series.map((name, s) => `<li><span class="swatch s${s}" aria-hidden="true"></span>${escapeHtml(name)}</li>`).join('')}</ul>` : '';
  const head = `<tr><th scope="col"></th>${spec.series.map((name) => `<th scope="col">${escapeHtml(name)}</th>`).join('')}</tr>`;
  const body = spec.bars.map((bar) => `<tr><th scope="row">${escapeHtml(bar.label)}</th>${bar.values.map((v) => `<td>${escapeHtml(format(v))}</td>`).join('')}</tr>`).join('');
  return `<figure class="chart" aria-labelledby="${spec.id}-title">
<h3 id="${spec.id}-title">${escapeHtml(spec.title)}</h3>
<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${spec.id}-svg-title ${spec.id}-desc" dominant-baseline="middle">
<title id="${spec.id}-svg-title">${escapeHtml(spec.title)}</title><desc id="${spec.id}-desc">${escapeHtml(spec.description)}</desc>${rows}</svg>
${legend}<figcaption>${escapeHtml(spec.description)}</figcaption>
<table class="numbers"><caption class="visually-hidden">${escapeHtml(spec.title)}</caption>${head}${body}</table>
</figure>`;
}
