/** Sends a text message the member did not ask for in this turn (a reminder, an agent's reply). */
export interface SmsSender {
  send(to: string, body: string): Promise<void>;
}
