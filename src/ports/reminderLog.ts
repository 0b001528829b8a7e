/**
 * Which reminders went out. `claim` is the one place a reminder is decided: it succeeds once per
 * reminder, however many instances try, so a reminder is never sent twice.
 */
export interface ReminderLog {
  /** Records the reminder as sent by this caller; false when it was claimed already. */
  claim(reminderId: string, memberId: string, at: Date): Promise<boolean>;
  /** How many reminders the member was sent at or after `since`. */
  sentSince(memberId: string, since: Date): Promise<number>;
}
