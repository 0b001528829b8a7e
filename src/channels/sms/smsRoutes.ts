import express, { Router, type RequestHandler } from 'express';
import twilio from 'twilio';
import { z } from 'zod';
import type { Activity } from 'botbuilder';
import type { Language } from '../../domain/language';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { MemberStore } from '../../ports/memberStore';
import type { SmsConsent } from '../../ports/smsConsent';
import type { SmsReceipts } from '../../ports/smsReceipts';
import type { TurnLock } from '../../ports/turnLock';
import type { TurnLogic } from '../../bot/turnLogic';
import type { Replies } from '../../../dialogs/shared/replies';
import { validate } from '../../http/validate';
import type { InlineReplyAdapter } from '../inlineReplyAdapter';
import { smsKeyword } from './smsKeywords';
import { splitSms } from './splitSms';

export const SMS_CHANNEL_ID = 'sms';

/** Twilio's incoming-message webhook, the fields Carebridge reads (others pass through unread). */
const incomingSmsSchema = z
  .object({
    MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be a Twilio message SID'),
    From: z.string().regex(/^\+\d{8,15}$/, 'must be an E.164 number'),
    To: z.string().min(1).max(32),
    Body: z.string().max(1600).default(''),
  })
  .passthrough();

export interface SmsRouteDeps {
  adapter: InlineReplyAdapter;
  logic: TurnLogic;
  lock: TurnLock;
  receipts: SmsReceipts;
  consent: SmsConsent;
  members: MemberStore;
  replies: Replies;
  signature: RequestHandler;
  clock: Clock;
  logger: Logger;
}

/** The conversation of a phone number on SMS, and the member behind it on every phone channel. */
export const smsConversationId = (phone: string) => `sms:${phone}`;
export const phoneUserId = (phone: string) => `tel:${phone}`;

/**
 * `POST /api/sms`: a text from a member, answered with TwiML `<Message>`s. The conversation is
 * the member's phone number; a retried MessageSid gets the first answer again and runs no turn;
 * STOP, START and HELP (in every language) are answered as carriers require, and after STOP
 * nothing is sent until START.
 */
export function smsRoutes(deps: SmsRouteDeps): Router {
  const router = Router();
  router.post('/api/sms', express.urlencoded({ extended: false, limit: '32kb' }), deps.signature, async (req, res) => {
    const sms = validate(incomingSmsSchema, req.body);
    const conversationId = smsConversationId(sms.From);
    const answer = await deps.lock.run(conversationId, async () => {
      const earlier = await deps.receipts.answerTo(sms.MessageSid);
      if (earlier !== undefined) {
        deps.logger.info({ channel: SMS_CHANNEL_ID, conversationId: 'redacted', retry: true }, 'repeated MessageSid answered again');
        return earlier;
      }
      const texts = await answerText(deps, sms.From, sms.MessageSid, sms.Body);
      const twimlText = twiml(texts);
      await deps.receipts.remember(sms.MessageSid, twimlText, deps.clock.now());
      return twimlText;
    });
    res.type('text/xml').send(answer);
  });
  return router;
}

async function answerText(deps: SmsRouteDeps, phone: string, messageSid: string, body: string): Promise<string[]> {
  const keyword = smsKeyword(body);
  if (keyword) {
    const language = keyword.language !== 'en' ? keyword.language : await memberLanguage(deps.members, phone);
    if (keyword.keyword === 'stop') await deps.consent.optOut(phone, deps.clock.now());
    if (keyword.keyword === 'start') await deps.consent.optIn(phone, deps.clock.now());
    deps.logger.info({ channel: SMS_CHANNEL_ID, keyword: keyword.keyword }, 'sms keyword');
    const key = { stop: 'sms.stopped', start: 'sms.started', help: 'sms.help' }[keyword.keyword];
    return [deps.replies.text(language, key)];
  }
  if (await deps.consent.isOptedOut(phone)) {
    deps.logger.info({ channel: SMS_CHANNEL_ID, reason: 'opted out' }, 'text from an opted-out phone not answered');
    return [];
  }
  const replies = await deps.adapter.processActivity(incomingActivity(phone, messageSid, body, deps.clock.now()), deps.logic);
  return replies.flatMap((reply) => (reply.text ? splitSms(reply.text) : []));
}

async function memberLanguage(members: MemberStore, phone: string): Promise<Language> {
  return (await members.findByPhone(phone))?.language ?? 'en';
}

function incomingActivity(phone: string, messageSid: string, text: string, now: Date): Partial<Activity> {
  return {
    type: 'message',
    id: messageSid,
    text,
    timestamp: now,
    serviceUrl: '',
    from: { id: phoneUserId(phone), name: 'member', role: 'user' },
    recipient: { id: 'carebridge', name: 'Carebridge', role: 'bot' },
    conversation: { id: smsConversationId(phone), isGroup: false, conversationType: 'personal', name: '' },
    /** The phone Twilio says the text came from: the first identity factor on this channel. */
    channelData: { callerPhone: phone },
  };
}

function twiml(texts: string[]): string {
  const response = new twilio.twiml.MessagingResponse();
  for (const text of texts) response.message(text);
  return response.toString();
}
