import { ActionTypes, ActivityTypes, InputHints, type Activity, type TurnContext } from 'botbuilder';
import type { i18n as I18n } from 'i18next';
import { languages, type Language } from '../../src/domain/language';
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

  text(language: Language, line: Line): string {
    const [key, vars] = typeof line === 'string' ? [line, {}] : line;
    return this.i18n.t(key, { lng: language, ...this.planVarsFor(language), ...vars });
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
    return plain(lines.map((line) => this.text(language, line)).join('\n'), InputHints.AcceptingInput);
  }

  menu(context: TurnContext, lines: Line[], items: MenuItem[]): Partial<Activity> {
    const language = turnLanguage(context);
    const choices = items.map((item) => ({ number: item.number, label: this.text(language, item.label) }));
    const body = [
      ...lines.map((line) => this.text(language, line)),
      ...choices.map((c) => this.text(language, ['menu.line', { number: c.number, label: c.label }])),
    ];
    return withChoices(plain(body.join('\n'), InputHints.ExpectingInput), choices);
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
    return withChoices(plain(body.join('\n'), InputHints.ExpectingInput), choices);
  }
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
