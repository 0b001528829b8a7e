import { join } from 'node:path';
import { createI18n } from '../../src/i18n/createI18n';
import type { Language } from '../../src/domain/language';
import { demoPlan, root } from './botHarness';

const i18n = createI18n(join(root, 'locales'));

/** A locale text as a member reads it, with the demo plan's name and phone filled in. */
export function t(language: Language, key: string, vars: Record<string, unknown> = {}): string {
  return i18n.t(key, { lng: language, planName: demoPlan.name, phone: demoPlan.memberServices.phone, ...vars });
}
