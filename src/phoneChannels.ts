import type { Router } from 'express';
import type { Config } from './config/configSchema';
import type { Plan } from './domain/plan';
import type { Clock } from './ports/clock';
import type { Logger } from './ports/logger';
import type { SmsSender } from './ports/smsSender';
import type { Stores } from './ports/stores';
import type { TurnLock } from './ports/turnLock';
import type { TurnLogic } from './bot/turnLogic';
import { configureAdapter, type AdapterPipelineDeps } from './bot/configureAdapter';
import type { SpeechLinks } from './speech/speechLinks';
import { TwilioSmsSender } from './adapters/twilio/twilioSmsSender';
import { InlineReplyAdapter } from './channels/inlineReplyAdapter';
import { verifyTwilioSignature } from './channels/twilioSignature';
import { ConsentingSmsSender } from './channels/sms/consentingSmsSender';
import { splitSms } from './channels/sms/splitSms';
import { SMS_CHANNEL_ID, smsRoutes } from './channels/sms/smsRoutes';
import { VOICE_CHANNEL_ID, voiceRoutes } from './channels/voice/voiceRoutes';

export interface PhoneChannelDeps {
  config: Config;
  stores: Stores;
  plan: Plan;
  pipeline: AdapterPipelineDeps;
  logic: TurnLogic;
  lock: TurnLock;
  links: SpeechLinks;
  clock: Clock;
  logger: Logger;
}

/**
 * Part of the composition root: the SMS and voice webhooks, and the SMS port for texts the member
 * did not just ask for (only when Twilio's account, token and number are all configured).
 */
export function phoneChannels({ config, stores, plan, pipeline, logic, lock, links, clock, logger }: PhoneChannelDeps): {
  routers: Router[];
  sms?: SmsSender;
  smsAdapter: InlineReplyAdapter;
} {
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM_NUMBER: from } = config;
  const sms =
    accountSid && authToken && from
      ? new ConsentingSmsSender(new TwilioSmsSender({ accountSid, authToken, from, apiUrl: config.TWILIO_API_URL }), stores.smsConsent, logger)
      : undefined;
  const signature = verifyTwilioSignature({ authToken, publicUrl: config.PUBLIC_URL, check: config.TWILIO_SIGNATURE_CHECK, logger });
  const smsAdapter = configureAdapter(
    new InlineReplyAdapter(SMS_CHANNEL_ID, async (reference, activities) => {
      const phone = reference.conversation?.id?.replace(/^sms:/, '');
      if (!sms || !phone) return logger.warn({ channel: SMS_CHANNEL_ID }, 'a text could not be sent: SMS is not configured');
      for (const activity of activities) for (const text of splitSms(activity.text ?? '')) await sms.send(phone, text);
    }),
    pipeline,
  );
  const voiceAdapter = configureAdapter(new InlineReplyAdapter(VOICE_CHANNEL_ID), pipeline);
  const common = { logic, lock, signature, clock, logger, replies: pipeline.replies };
  return {
    sms,
    smsAdapter,
    routers: [
      smsRoutes({ ...common, adapter: smsAdapter, receipts: stores.smsReceipts, consent: stores.smsConsent, members: stores.members }),
      voiceRoutes({ ...common, adapter: voiceAdapter, plan, links }),
    ],
  };
}
