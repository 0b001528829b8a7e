/** Text messages already answered, by Twilio's MessageSid: a retried webhook gets the same answer, once. */
export interface SmsReceipts {
  answerTo(messageSid: string): Promise<string | undefined>;
  remember(messageSid: string, answer: string, at: Date): Promise<void>;
}
