/** Every dialog's id, in one place so dialogs can start each other without importing each other. */
export const ROOT_DIALOG = 'root';
export const MAIN_MENU_DIALOG = 'mainMenu';
export const LANGUAGE_MENU_DIALOG = 'languageMenu';
export const CLARIFY_DIALOG = 'clarify';
export const BENEFITS_DIALOG = 'benefits';
export const BALANCE_DIALOG = 'balance';
export const IDENTITY_DIALOG = 'identity';
export const EXTRA_HELP_DIALOG = 'extraHelp';
export const VISITS_DIALOG = 'visits';
export const BOOK_VISIT_DIALOG = 'bookVisit';
export const RIDES_DIALOG = 'rides';
export const BOOK_RIDE_DIALOG = 'bookRide';
export const RIDE_VISIT_DIALOG = 'rideVisit';
export const ADDRESS_DIALOG = 'address';
export const HANDOFF_DIALOG = 'handoff';
export const SURVEY_DIALOG = 'survey';
export const SOCIAL_NEEDS_DIALOG = 'socialNeeds';
