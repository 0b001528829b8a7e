/** Lines that tell a member how to reach a person (until the warm handoff is built, by phone). */
export const personLines = ['person.call', 'person.free', 'person.hours', 'person.back'];

export const helpLines = ['help.intro', 'help.words', 'help.zero'];
