/** A US phone number written by a member ("(555) 555-0123", "1 555 555 0123"), as E.164; undefined if it is not one. */
export function readPhone(text: string): string | undefined {
  const digits = text.replace(/[\s().+-]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return undefined;
}
