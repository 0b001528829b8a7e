/** Who said STOP: no text of any kind goes to an opted-out phone until it says START. */
export interface SmsConsent {
  isOptedOut(phone: string): Promise<boolean>;
  optOut(phone: string, at: Date): Promise<void>;
  optIn(phone: string, at: Date): Promise<void>;
}
