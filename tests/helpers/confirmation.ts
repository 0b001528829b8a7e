/** The confirmation number in a reply ("A7K3M9P" for a visit, "R2Q4XZ9" for a ride). */
export function confirmationIn(text: string, kind: 'A' | 'R'): string {
  const found = new RegExp(`\\b${kind}[0-9A-Z]{6}\\b`).exec(text);
  if (!found) throw new Error(`no ${kind} confirmation number in:\n${text}`);
  return found[0];
}
