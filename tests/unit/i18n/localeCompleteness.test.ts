import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { readLocaleResources } from '../../../src/i18n/createI18n';
import { languages } from '../../../src/domain/language';
import { root } from '../../helpers/botHarness';
import { localeProblems } from '../../helpers/localeCheck';

const resources = readLocaleResources(join(root, 'locales'));
const namespaces = readdirSync(join(root, 'locales', 'en')).map((f) => f.replace(/\.json$/, ''));

describe('every locale is complete', () => {
  it.each(languages.filter((l) => l !== 'en'))('%s has every key, plural form and variable of English', (lng) => {
    const problems = namespaces.flatMap((ns) => localeProblems(resources.en[ns], resources[lng][ns] ?? {}, lng).map((p) => `${ns}: ${p}`));
    expect(problems).toEqual([]);
  });

  it.each(languages)('%s says that its text awaits review by a qualified translator', (lng) => {
    for (const ns of namespaces) expect((resources[lng][ns] as { _meta?: { status?: string } })._meta?.status).toBeTruthy();
  });
});

describe('the completeness check itself', () => {
  it('reports a missing key', () => {
    expect(localeProblems({ a: 'x', b: { c: 'y' } }, { a: 'x' }, 'es')).toEqual(['es: missing b.c']);
  });

  it('reports a lost interpolation variable', () => {
    expect(localeProblems({ call: 'Call {{phone}}' }, { call: 'Llame' }, 'es')).toEqual(['es: call lacks {{phone}}']);
  });

  it('asks Russian for the few and many plural forms that English does not have', () => {
    const english = { minutes_one: '{{count}} minute', minutes_other: '{{count}} minutes' };
    const russian = { minutes_one: '{{count}} минута', minutes_other: '{{count}} минуты' };
    expect(localeProblems(english, russian, 'ru')).toEqual(['ru: missing plural form minutes_few', 'ru: missing plural form minutes_many']);
  });

  it('accepts Chinese with only the other plural form', () => {
    expect(localeProblems({ n_one: '{{count}} item', n_other: '{{count}} items' }, { n_other: '{{count}} 项' }, 'zh')).toEqual([]);
  });

  it('reports a key English does not have', () => {
    expect(localeProblems({ a: 'x' }, { a: 'x', b: 'y' }, 'vi')).toEqual(['vi: unexpected key b']);
  });
});
