import type { MainMenuItem } from '../../src/nlu/interpretation';
import type { MenuItem } from '../shared/replies';

/** The main menu, in order. 0 (a person) is shown last and handled by the root for every menu. */
export const mainMenuChoices: ReadonlyArray<{ item: MainMenuItem; number: number }> = [
  { item: 'benefits', number: 1 },
  { item: 'appointments', number: 2 },
  { item: 'rides', number: 3 },
];

export const mainMenuLines: MenuItem[] = [
  ...mainMenuChoices.map(({ item, number }) => ({ number, label: `mainMenu.${item}` })),
  { number: 0, label: 'mainMenu.person' },
];
