/** Every dialog's id, in one place so dialogs can start each other without importing each other. */
export const ROOT_DIALOG = 'root';
export const MAIN_MENU_DIALOG = 'mainMenu';
export const LANGUAGE_MENU_DIALOG = 'languageMenu';
export const CLARIFY_DIALOG = 'clarify';
