import type { LoadResult } from './loadRunner';

export interface TargetReport {
  name: string;
  result: LoadResult;
  rssMb?: number;
}

interface Goal {
  label: string;
  value: number;
  goal: string;
  met: boolean;
}

const pad = (text: string, width: number) => text.padStart(width);
const WIDTHS = [12, 10, 9, 9, 8, 8, 9, 13];
/** One table row: the first cell left-aligned, the figures right-aligned. */
const row = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[0]) : pad(cell, WIDTHS[i]))).join('');
const fixed = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));

/** The figures table and SPEC §13's throughput and latency goals, as printed lines. */
export function formatReport(carebridge: TargetReport, echo: TargetReport, samples: TargetReport, concurrency: number): string {
  const lines = [row(['target', 'turns/s', 'p50 ms', 'p99 ms', 'errors', 'turns', 'RSS MB', 'CPU ms/turn'])];
  for (const { name, result, rssMb } of [carebridge, echo, samples]) {
    lines.push(
      row([
        name,
        fixed(result.turnsPerSecond),
        fixed(result.p50Ms, 2),
        fixed(result.p99Ms, 2),
        String(result.errors),
        String(result.turns),
        fixed(rssMb),
        fixed(result.cpuMsPerTurn, 2),
      ]),
    );
  }
  for (const { name, result } of [carebridge, echo, samples]) {
    for (const [kind, count] of result.errorKinds) lines.push(`  ${name} error ×${count}: ${kind}`);
  }
  const goals: Goal[] = [
    ratioGoal('carebridge ÷ echo turns/s', carebridge.result.turnsPerSecond, echo.result.turnsPerSecond, '≥ 0.5', (r) => r >= 0.5),
    ratioGoal('carebridge ÷ samples turns/s', carebridge.result.turnsPerSecond, samples.result.turnsPerSecond, '≥ 1', (r) => r >= 1),
    ratioGoal('carebridge p99 ÷ echo p99', carebridge.result.p99Ms, echo.result.p99Ms, '≤ 2', (r) => r <= 2),
  ];
  lines.push('', `SPEC §13 goals (same run, ${concurrency} concurrent conversations):`);
  for (const goal of goals) {
    lines.push(`  ${goal.label.padEnd(30)}${pad(fixed(goal.value, 2), 6)}   goal ${goal.goal.padEnd(6)} ${goal.met ? 'PASS' : 'BELOW GOAL'}`);
  }
  lines.push('', `Carebridge RSS after the run: ${fixed(carebridge.rssMb)} MB`);
  lines.push('CPU ms/turn: the server process\'s CPU time (user + system) over warm-up and window ÷ turns completed;');
  lines.push('for echo and samples the connector stub\'s work is not in it (it runs in the bench process).');
  return lines.join('\n');
}

function ratioGoal(label: string, numerator: number, denominator: number, goal: string, test: (ratio: number) => boolean): Goal {
  const value = numerator / denominator;
  return { label, value, goal, met: Number.isFinite(value) && test(value) };
}
