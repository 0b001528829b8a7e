/** What the assistant can do and the words that work at any time ("help", "menu"). */
export const helpLines = ['help.intro', 'help.words', 'help.zero'];
