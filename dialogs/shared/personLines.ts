/** Lines that tell a member how to reach a person by phone (where no handoff is offered yet). */
export const personLines = ['person.call', 'person.free', 'person.hours', 'person.back'];

export const helpLines = ['help.intro', 'help.words', 'help.zero'];
