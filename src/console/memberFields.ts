import type { Member } from '../domain/member';
import type { Language } from '../domain/language';
import type { AgentWords } from './agentWords';

/** A verified member's details as label and value, labels in the agent's language. */
export function memberFields(words: AgentWords, language: Language, member: Member): Array<{ label: string; value: string }> {
  const t = (key: string) => words.t(language, key);
  const { address } = member;
  return [
    { label: t('profile.name'), value: `${member.firstName} ${member.lastName}` },
    { label: t('profile.id'), value: member.id },
    { label: t('profile.birthDate'), value: member.birthDate },
    { label: t('profile.phone'), value: member.phone ?? '' },
    { label: t('profile.address'), value: `${address.street}, ${address.city}, ${address.state} ${address.zip}` },
    { label: t('profile.language'), value: words.languageName(language, member.language) },
    { label: t('profile.interpreter'), value: t(member.needsInterpreter ? 'profile.yes' : 'profile.no') },
    { label: t('profile.mobility'), value: words.code(language, 'need', `mobility.${member.mobility}`) },
    { label: t('profile.car'), value: t(member.hasCar ? 'profile.yes' : 'profile.no') },
  ];
}
