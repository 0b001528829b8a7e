import twilio from 'twilio';
import { AppError } from '../../domain/errors';
import type { SmsSender } from '../../ports/smsSender';

export interface TwilioSmsOptions {
  accountSid: string;
  authToken: string;
  /** The plan's texting number (E.164). */
  from: string;
  /** Twilio's REST API, or a Twilio-compatible stand-in. */
  apiUrl: string;
}

/** Texts through Twilio's REST API (Messages resource) with the `twilio` client. */
export class TwilioSmsSender implements SmsSender {
  private readonly client: twilio.Twilio;

  constructor(private readonly options: TwilioSmsOptions) {
    this.client = twilio(options.accountSid, options.authToken, { autoRetry: true, maxRetries: 2 });
    this.client.api.baseUrl = options.apiUrl;
  }

  async send(to: string, body: string): Promise<void> {
    try {
      await this.client.messages.create({ to, from: this.options.from, body });
    } catch (error) {
      throw new AppError('sms.send_failed', 'Twilio did not accept the text message', 502, { cause: error });
    }
  }
}
