/**
 * NLU figures on the held-out set: accuracy per language, intent and style; safety recall and
 * false alarms; parse time. Run: `npm run bench:nlu`. Not part of `npm test`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages, type Language } from '../src/domain/language';
import { projectRoot } from '../src/projectRoot';
import { parseMessage } from '../src/nlu/parseMessage';
import { accuracyBy, buildNlu, crossValidate, evaluate, readHeldOut, requiredAccuracy } from './nluEvaluation';

const root = projectRoot(__dirname);
const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

async function main(): Promise<void> {
  const nlu = buildNlu(root);
  const messages = readHeldOut(root);
  const outcomes = evaluate(nlu, messages);
  console.log(`Training at start: ${nlu.buildMs.toFixed(0)} ms; held-out messages: ${messages.length}\n`);

  console.log('language  accuracy   n   required');
  for (const [lng, row] of accuracyBy(outcomes, (o) => o.message.locale)) {
    const ok = row.correct / row.total >= requiredAccuracy[lng];
    console.log(`${lng.padEnd(8)}  ${pct(row.correct, row.total)}  ${String(row.total).padStart(3)}   ≥${requiredAccuracy[lng] * 100}% ${ok ? 'PASS' : 'BELOW'}`);
  }
  const all = outcomes.filter((o) => o.correct).length;
  console.log(`all       ${pct(all, outcomes.length)}  ${outcomes.length}\n`);

  console.log('intent                  accuracy   n');
  for (const [intent, row] of [...accuracyBy(outcomes, (o) => o.message.intent)].sort()) {
    console.log(`${intent.padEnd(22)}  ${pct(row.correct, row.total)}  ${String(row.total).padStart(3)}`);
  }
  console.log('\nstyle         accuracy   n');
  for (const [style, row] of [...accuracyBy(outcomes, (o) => o.message.style)].sort()) {
    console.log(`${style.padEnd(12)}  ${pct(row.correct, row.total)}  ${String(row.total).padStart(3)}`);
  }

  const phrasings = JSON.parse(readFileSync(join(root, 'tests', 'data', 'safety-phrasings.json'), 'utf8')) as Record<
    Language,
    { crisis: string[]; emergency: string[]; neither: string[] }
  >;
  const urgent = (o: { urgent: boolean }) => o.urgent;
  const heldSafety = outcomes.filter((o) => o.message.intent.startsWith('safety.'));
  const heldOther = outcomes.filter((o) => !o.message.intent.startsWith('safety.'));
  const setSafety = languages.flatMap((lng) => [...phrasings[lng].crisis, ...phrasings[lng].emergency].map((text) => ({ lng, text })));
  const setOther = languages.flatMap((lng) => phrasings[lng].neither.map((text) => ({ lng, text })));
  const flagged = (items: Array<{ lng: Language; text: string }>) => items.filter(({ lng, text }) => nlu.safety.screen(text, lng)).length;
  const caught = heldSafety.filter(urgent).length + flagged(setSafety);
  const alarms = heldOther.filter(urgent).length + flagged(setOther);
  const safetyTotal = heldSafety.length + setSafety.length;
  const otherTotal = heldOther.length + setOther.length;
  console.log(`\nsafety recall: ${caught}/${safetyTotal} ${pct(caught, safetyTotal)} (held-out ${heldSafety.filter(urgent).length}/${heldSafety.length}, safety set ${flagged(setSafety)}/${setSafety.length})`);
  console.log(`false alarms:  ${alarms}/${otherTotal} ${pct(alarms, otherTotal)} of ordinary messages`);
  const misses = outcomes.filter((o) => !o.correct);
  if (misses.length) {
    console.log(`\nmissed (${misses.length}):`);
    for (const o of misses) console.log(`  ${o.message.locale} ${o.message.intent.padEnd(22)} → ${o.predicted.padEnd(22)} ${o.message.text}`);
  }

  console.log('\n5-fold cross-validation on the training phrases (each phrase scored by a model that never saw it):');
  for (const [lng, row] of crossValidate(root)) console.log(`  ${lng}  ${pct(row.correct, row.total)}  n=${row.total}`);

  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const m of messages) {
      const t = process.hrtime.bigint();
      await parseMessage(m.text, m.locale, nlu);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(3);
  console.log(`\nparse time over ${times.length} parses: median ${at(0.5)} ms, p99 ${at(0.99)} ms (goal: median < 1 ms)`);
}

void main();
