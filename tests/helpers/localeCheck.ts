/** Flattens nested locale JSON into dotted keys (the `_meta` block is not member text). */
export function flatten(obj: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (!prefix && key === '_meta') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') Object.assign(out, flatten(value as object, path));
    else out[path] = String(value);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const variables = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]));

/**
 * What a locale lacks compared with English: keys, the plural forms its own language needs
 * (CLDR categories from Intl.PluralRules), and interpolation variables. Extra keys count too.
 */
export function localeProblems(english: object, other: object, language: string): string[] {
  const en = flatten(english);
  const tr = flatten(other);
  const problems: string[] = [];
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const pluralBases = new Set(Object.keys(en).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));

  for (const base of pluralBases) {
    const enVars = new Set(Object.keys(en).filter((k) => k.replace(PLURAL, '') === base).flatMap((k) => [...variables(en[k])]));
    for (const category of categories) {
      const key = `${base}_${category}`;
      if (!(key in tr)) problems.push(`${language}: missing plural form ${key}`);
      else for (const v of enVars) if (v !== 'count' && !variables(tr[key]).has(v)) problems.push(`${language}: ${key} lacks {{${v}}}`);
    }
  }
  for (const [key, text] of Object.entries(en)) {
    if (PLURAL.test(key) && pluralBases.has(key.replace(PLURAL, ''))) continue;
    if (!(key in tr)) {
      problems.push(`${language}: missing ${key}`);
      continue;
    }
    for (const v of variables(text)) if (!variables(tr[key]).has(v)) problems.push(`${language}: ${key} lacks {{${v}}}`);
    if (tr[key].trim() === '') problems.push(`${language}: ${key} is empty`);
  }
  for (const key of Object.keys(tr)) {
    const base = key.replace(PLURAL, '');
    if (!(key in en) && !pluralBases.has(base)) problems.push(`${language}: unexpected key ${key}`);
  }
  return problems;
}
