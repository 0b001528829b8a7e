import { toLanguage, type Language } from '../domain/language';

/** The first shipped language the browser asks for, else English. */
export function preferredLanguage(header: string | undefined): Language {
  for (const part of (header ?? '').split(',')) {
    const found = toLanguage(part.split(';')[0]);
    if (found) return found;
  }
  return 'en';
}
