/** Failed identity checks per subject (a member id, or the person writing), and the lock they lead to. */
export interface VerificationRecord {
  failures: number;
  lockedUntil?: Date;
}

export interface VerificationStore {
  get(subject: string): Promise<VerificationRecord>;
  /** Counts one more failure; locks the subject until `lockUntil` when it reaches `lockAfter`. */
  recordFailure(subject: string, now: Date, lockAfter: number, lockUntil: Date): Promise<VerificationRecord>;
  clear(subject: string): Promise<void>;
}
