import type { SafetyFinding } from '../nlu/safetyScreen';

/** What the assistant says first when the safety screen finds a crisis or an emergency. */
export function safetyLines(finding: SafetyFinding): string[] {
  const emergency = ['safety.emergency.call', 'safety.emergency.stay', 'safety.emergency.after'];
  const crisis = ['safety.crisis.care', 'safety.crisis.lifeline', 'safety.crisis.danger', 'safety.crisis.offer'];
  if (finding.crisis && finding.emergency) {
    return ['safety.emergency.call', 'safety.crisis.care', 'safety.crisis.lifeline', 'safety.crisis.offer'];
  }
  return finding.crisis ? crisis : emergency;
}
