import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Language } from '../../src/domain/language';
import type { MemberPreferences } from '../../src/domain/memberPreferences';
import { setTurnLanguage } from './turnKeys';

/** Reads and records the member's language, which is remembered across conversations. */
export class LanguagePreference {
  constructor(private readonly accessor: StatePropertyAccessor<MemberPreferences>) {}

  async get(context: TurnContext): Promise<MemberPreferences> {
    return this.accessor.get(context, { languageChosen: false });
  }

  /** The member picked this language: it wins over any guess from now on. */
  async choose(context: TurnContext, language: Language): Promise<void> {
    await this.accessor.set(context, { ...(await this.get(context)), language, languageChosen: true });
    setTurnLanguage(context, language);
  }

  /** A language inferred from what the member wrote; never overrides one they chose. */
  async infer(context: TurnContext, language: Language): Promise<void> {
    const current = await this.get(context);
    if (current.languageChosen) return;
    await this.accessor.set(context, { ...current, language });
    setTurnLanguage(context, language);
  }
}
