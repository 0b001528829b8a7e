/** A dollar amount as members type it: "1500", "$1,500", "1.500 dólares", "1500.50". Undefined when there is none. */
export function readAmount(text: string): number | undefined {
  const match = /\d[\d.,\s]*/.exec(text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));
  if (!match) return undefined;
  let digits = match[0].replace(/\s/g, '');
  // "1,500" and "1.500" are thousands; "1500.50" / "1500,50" have cents.
  const cents = /[.,](\d{2})$/.exec(digits);
  const whole = cents ? digits.slice(0, -3) : digits;
  digits = whole.replace(/[.,]/g, '');
  const value = Number(digits) + (cents ? Number(cents[1]) / 100 : 0);
  return Number.isFinite(value) ? value : undefined;
}
