import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages, type Language } from '../domain/language';

export type Translate = TFunction;

/** Reads every `locales/<lng>/<ns>.json` file into resources keyed by language and namespace. */
export function readLocaleResources(localesDir: string): Record<string, Record<string, object>> {
  const resources: Record<string, Record<string, object>> = {};
  for (const lng of languages) {
    resources[lng] = {};
    for (const file of readdirSync(join(localesDir, lng)).filter((f) => f.endsWith('.json'))) {
      resources[lng][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(localesDir, lng, file), 'utf8'));
    }
  }
  return resources;
}

/** A private i18next instance (no global), loaded synchronously from the locale files. */
export function createI18n(localesDir: string): I18n {
  const resources = readLocaleResources(localesDir);
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...languages],
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

export function translatorFor(i18n: I18n, language: Language, ns = 'common'): Translate {
  return i18n.getFixedT(language, ns);
}
