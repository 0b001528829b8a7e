import type { Outcome } from '../domain/outcome';

/** Where dialogs record outcomes for the insights page. */
export interface OutcomeStore {
  record(outcome: Outcome): Promise<void>;
  list(since: Date): Promise<Outcome[]>;
}
