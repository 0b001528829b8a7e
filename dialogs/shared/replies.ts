import { ActionTypes, ActivityTypes, InputHints, type Activity, type TurnContext } from 'botbuilder';
import type { i18n as I18n } from 'i18next';
import { languageTraits, languages, type Language } from '../../src/domain/language';
import { escapeXml } from '../../src/domain/ssml';
import type { Plan } from '../../src/domain/plan';
import { formatClockTime } from '../../src/i18n/formatters';
import { CalendarFormat } from '../../src/i18n/calendarFormat';
import { turnLanguage } from './turnKeys';

/** A line of a message: a locale key, with its variables when it has some. */
export type Line = string | [key: string, vars: Record<string, unknown>];

export interface MenuItem {
  number: number;
  label: Line;
}

/**
 * Builds every message a member reads, in the turn's language, from locale keys only.
 * Messages are plain text (no markdown); numbered choices also travel as suggested actions,
 * which each channel shows or drops as it can.
 */
export class Replies {
  /** The plan's name, phone and hours, formatted once per language. */
  private readonly planVars = new Map<Language, Record<string, string>>();
  /** Days and times in the plan's time zone, for read-backs. */
  readonly calendar: CalendarFormat;

  constructor(
    private readonly i18n: I18n,
    private readonly plan: Plan,
  ) {
    this.calendar = new CalendarFormat(i18n, plan.memberServices.timeZone);
  }

  /** A line in the language; `voice` picks the key's `_voice` form where speech needs other words. */
  text(language: Language, line: Line, voice = false): string {
    const [key, vars] = typeof line === 'string' ? [line, {}] : line;
    return this.i18n.t(key, { lng: language, ...this.planVarsFor(language), ...vars, ...(voice ? { context: 'voice' } : {}) });
  }

  private planVarsFor(language: Language): Record<string, string> {
    let vars = this.planVars.get(language);
    if (!vars) {
      const services = this.plan.memberServices;
      vars = {
        planName: this.plan.name,
        phone: services.phone,
        open: formatClockTime(language, services.open),
        close: formatClockTime(language, services.close),
      };
      this.planVars.set(language, vars);
    }
    return vars;
  }

  message(context: TurnContext, lines: Line[], language = turnLanguage(context)): Partial<Activity> {
    const said = (voice: boolean) => lines.map((line) => this.text(language, line, voice));
    return { ...plain(said(false).join('\n'), InputHints.AcceptingInput), speak: ssml(language, [said(true).join(' ')]) };
  }

  /** Numbered choices: "2. Rides" to read, "For rides, press 2." to hear (never "(1) Yes or (2) No"). */
  menu(context: TurnContext, lines: Line[], items: MenuItem[]): Partial<Activity> {
    const language = turnLanguage(context);
    const said = (voice: boolean) => [
      ...lines.map((line) => this.text(language, line, voice)),
      ...items.map((item) => this.text(language, ['menu.line', { number: item.number, label: this.text(language, item.label, voice) }], voice)),
    ];
    const choices = items.map((item) => ({ number: item.number, label: this.text(language, item.label) }));
    return withChoices({ ...plain(said(false).join('\n'), InputHints.ExpectingInput), speak: ssml(language, [said(true).join(' ')]) }, choices);
  }

  /** The first-contact menu: each language offered in its own words. */
  languageMenu(context: TurnContext): Partial<Activity> {
    const guess = turnLanguage(context);
    const options = languages.map((lng, index) => ({ lng, number: index + 1 }));
    const body = [
      this.text(guess, 'languageMenu.welcome'),
      ...options.map(({ lng, number }) => this.text(lng, ['languageMenu.option', { number }])),
      this.text(guess, 'languageMenu.person'),
    ];
    const choices = options.map(({ lng, number }) => ({ number, label: this.text(lng, 'languageName') }));
    const spoken = ssml(guess, [
      this.text(guess, 'languageMenu.welcome', true),
      ...options.map(({ lng, number }) => ({ language: lng, text: this.text(lng, ['languageMenu.option', { number }], true) })),
      this.text(guess, 'languageMenu.person', true),
    ]);
    return withChoices({ ...plain(body.join('\n'), InputHints.ExpectingInput), speak: spoken }, choices);
  }
}

/** SSML for a message: text escaped, `xml:lang` set, and a part in another language marked as such. */
function ssml(language: Language, parts: Array<string | { language: Language; text: string }>): string {
  const body = parts
    .map((part) => (typeof part === 'string' ? escapeXml(part) : `<lang xml:lang="${languageTraits[part.language].tag}">${escapeXml(part.text)}</lang>`))
    .join(' ');
  return `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${languageTraits[language].tag}">${body}</speak>`;
}

function plain(text: string, inputHint: InputHints): Partial<Activity> {
  return { type: ActivityTypes.Message, text, textFormat: 'plain', inputHint };
}

function withChoices(activity: Partial<Activity>, choices: Array<{ number: number; label: string }>): Partial<Activity> {
  return {
    ...activity,
    suggestedActions: {
      to: [],
      actions: choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: String(c.number) })),
    },
  };
}
