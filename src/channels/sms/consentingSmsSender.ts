import type { SmsSender } from '../../ports/smsSender';
import type { SmsConsent } from '../../ports/smsConsent';
import type { Logger } from '../../ports/logger';

/** Every text the member did not just ask for goes through here: nothing to a phone that said STOP. */
export class ConsentingSmsSender implements SmsSender {
  constructor(
    private readonly inner: SmsSender,
    private readonly consent: SmsConsent,
    private readonly logger: Logger,
  ) {}

  async send(to: string, body: string): Promise<void> {
    if (await this.consent.isOptedOut(to)) {
      this.logger.info({ sms: 'skipped', reason: 'opted out' }, 'text not sent');
      return;
    }
    await this.inner.send(to, body);
  }
}
