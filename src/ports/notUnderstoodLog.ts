import type { NotUnderstood } from '../domain/notUnderstood';

/** Messages the assistant did not understand, for the insights page (supervisors only). */
export interface NotUnderstoodLog {
  record(message: NotUnderstood): Promise<void>;
  /** The latest first, at most `limit`. */
  list(since: Date, limit: number): Promise<NotUnderstood[]>;
}
