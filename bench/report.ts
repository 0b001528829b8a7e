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
const fixed = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));

/** The figures table and SPEC §13's throughput and latency goals, as printed lines. */
export function formatReport(carebridge: TargetReport, echo: TargetReport, samples: TargetReport, concurrency: number): string {
  const lines = [
    `${'target'.padEnd(12)}${pad('turns/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}${pad('turns', 8)}${pad('RSS MB', 9)}`,
  ];
  for (const { name, result, rssMb } of [carebridge, echo, samples]) {
    lines.push(
      `${name.padEnd(12)}${pad(fixed(result.turnsPerSecond), 10)}${pad(fixed(result.p50Ms, 2), 9)}${pad(fixed(result.p99Ms, 2), 9)}` +
        `${pad(String(result.errors), 8)}${pad(String(result.turns), 8)}${pad(fixed(rssMb), 9)}`,
    );
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
  for (const { name, result } of [carebridge, echo, samples]) {
    for (const [kind, count] of result.errorKinds) lines.push(`  ${name} error ×${count}: ${kind}`);
  }
  return lines.join('\n');
}

function ratioGoal(label: string, numerator: number, denominator: number, goal: string, test: (ratio: number) => boolean): Goal {
  const value = numerator / denominator;
  return { label, value, goal, met: Number.isFinite(value) && test(value) };
}
