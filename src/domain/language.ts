import { z } from 'zod';

/** The nine languages Carebridge ships, in the order of the first-contact menu. */
export const languages = ['en', 'es', 'zh', 'vi', 'ko', 'tl', 'ru', 'ar', 'ht'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

interface LanguageTraits {
  /** BCP 47 tag for Intl formatting, SSML `xml:lang` and speech services. */
  tag: string;
  dir: 'ltr' | 'rtl';
}

export const languageTraits: Record<Language, LanguageTraits> = {
  en: { tag: 'en-US', dir: 'ltr' },
  es: { tag: 'es-US', dir: 'ltr' },
  zh: { tag: 'zh-CN', dir: 'ltr' },
  vi: { tag: 'vi-VN', dir: 'ltr' },
  ko: { tag: 'ko-KR', dir: 'ltr' },
  tl: { tag: 'fil-PH', dir: 'ltr' },
  ru: { tag: 'ru-RU', dir: 'ltr' },
  ar: { tag: 'ar', dir: 'rtl' },
  ht: { tag: 'ht-HT', dir: 'ltr' },
};

const aliases: Record<string, Language> = { fil: 'tl', cmn: 'zh' };

/** Maps a locale such as `es-MX`, `zh-Hans-CN` or `fil-PH` to a shipped language, if it is one. */
export function toLanguage(locale: string | undefined | null): Language | undefined {
  if (!locale) return undefined;
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0];
  const candidate = aliases[primary] ?? primary;
  const parsed = languageSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
