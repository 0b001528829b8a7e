import type { i18n as I18n } from 'i18next';
import { languageTraits, type Language } from '../domain/language';

/** Words for the agent, in the agent's console language. */
export class AgentWords {
  constructor(private readonly i18n: I18n) {}

  t(language: Language, key: string, vars: Record<string, unknown> = {}): string {
    return this.i18n.t(key, { lng: language, ns: 'agent', ...vars });
  }

  /** A language's name in the agent's language ("Korean", "coreano"). */
  languageName(agentLanguage: Language, code: string): string {
    try {
      return new Intl.DisplayNames([languageTraits[agentLanguage].tag], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  /** A code's own words if the locale has them (`intent.ride.book`), else the code itself. */
  code(language: Language, group: string, code: string): string {
    const key = `${group}.${code.replace(/[.:]/g, '_')}`;
    return this.i18n.exists(key, { lng: 'en', ns: 'agent' }) ? this.t(language, key) : code;
  }

  list(language: Language, items: string[]): string {
    return new Intl.ListFormat(languageTraits[language].tag, { type: 'conjunction' }).format(items);
  }
}
