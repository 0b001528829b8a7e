import { randomUUID } from 'node:crypto';
import express, { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Activity } from 'botbuilder';
import { languageSchema, toLanguage, type Language } from '../../domain/language';
import type { Plan } from '../../domain/plan';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { TurnLock } from '../../ports/turnLock';
import type { TurnLogic } from '../../bot/turnLogic';
import type { SpeechLinks } from '../../speech/speechLinks';
import type { Replies } from '../../../dialogs/shared/replies';
import { validate } from '../../http/validate';
import type { InlineReplyAdapter } from '../inlineReplyAdapter';
import { phoneUserId } from '../sms/smsRoutes';
import { transferTwiml, turnTwiml, type CallUrls } from './voiceTwiml';

export const VOICE_CHANNEL_ID = 'voice';
export const VOICE_PATH = '/api/voice';

/** Twilio's voice webhook: the call, the caller, and what the caller pressed or said. */
const callSchema = z
  .object({
    CallSid: z.string().regex(/^CA[0-9a-fA-F]{32}$/, 'must be a Twilio call SID'),
    From: z.string().min(1).max(32),
    Digits: z.string().regex(/^[0-9*#]{1,20}$/).optional(),
    SpeechResult: z.string().max(1000).optional(),
  })
  .passthrough();

const callQuery = z.object({
  /** How many prompts in a row met silence. */
  silence: z.coerce.number().int().min(1).max(2).optional(),
  /** The language the last prompt was spoken in. */
  lang: languageSchema.optional(),
});

export interface VoiceRouteDeps {
  adapter: InlineReplyAdapter;
  logic: TurnLogic;
  lock: TurnLock;
  replies: Replies;
  plan: Plan;
  links: SpeechLinks;
  signature: RequestHandler;
  clock: Clock;
  logger: Logger;
}

/**
 * `POST /api/voice`: a phone call as TwiML. The call's first request starts the conversation (the
 * language menu on the keypad for a new caller); each `<Gather>` result (keypad digits or speech)
 * is a turn; `*` repeats, 0 transfers to a person; silence repeats the prompt once, then transfers.
 */
export function voiceRoutes(deps: VoiceRouteDeps): Router {
  const router = Router();
  router.post(VOICE_PATH, express.urlencoded({ extended: false, limit: '32kb' }), deps.signature, async (req, res) => {
    const call = validate(callSchema, req.body);
    const query = validate(callQuery, req.query, 'query');
    const twiml = await deps.lock.run(`voice:${call.CallSid}`, () => answer(deps, call, query));
    res.type('text/xml').send(twiml);
  });
  return router;
}

type Call = z.infer<typeof callSchema>;

async function answer(deps: VoiceRouteDeps, call: Call, query: z.infer<typeof callQuery>): Promise<string> {
  const heard = call.SpeechResult?.trim() || call.Digits;
  const language = query.lang ?? 'en';
  if (heard === '0' || query.silence === 2) {
    deps.logger.info({ channel: VOICE_CHANNEL_ID, transfer: heard === '0' ? 'asked' : 'silence' }, 'call transferred to a person');
    const lines = [...(query.silence === 2 ? ['voice.noInput'] : []), 'voice.transfer'].map((key) => deps.replies.text(language, key));
    return transferTwiml(lines, language, deps.plan.memberServices.phone, deps.links);
  }
  const text = query.silence === 1 || heard === '*' ? 'repeat' : heard;
  const activity = text === undefined ? callStarted(call, deps.clock.now()) : message(call, text, deps.clock.now());
  const replies = await deps.adapter.processActivity(activity, deps.logic);
  if (replies.some(asksForPerson)) {
    // The assistant queued the caller for a person (the packet is in the console): a call is transferred, not chatted.
    deps.logger.info({ channel: VOICE_CHANNEL_ID, transfer: 'handoff' }, 'call transferred to a person');
    return transferTwiml([deps.replies.text(language, 'voice.transfer')], language, deps.plan.memberServices.phone, deps.links);
  }
  const spokenIn = replies.map((r) => toLanguage(/xml:lang="([^"]+)"/.exec(r.speak ?? '')?.[1])).filter(Boolean).at(-1) ?? language;
  const urls: CallUrls = {
    answer: `${VOICE_PATH}?lang=${spokenIn}`,
    silence: `${VOICE_PATH}?lang=${spokenIn}&silence=${(query.silence ?? 0) + 1}`,
  };
  return turnTwiml(replies, spokenIn as Language, urls, deps.links);
}

function base(call: Call, now: Date): Partial<Activity> {
  return {
    id: randomUUID(),
    timestamp: now,
    serviceUrl: '',
    from: { id: phoneUserId(call.From), name: 'member', role: 'user' },
    recipient: { id: 'carebridge', name: 'Carebridge', role: 'bot' },
    conversation: { id: `voice:${call.CallSid}`, isGroup: false, conversationType: 'personal', name: '' },
    /** The number Twilio says the call comes from: the first identity factor on this channel. */
    channelData: { callerPhone: call.From },
  };
}

function callStarted(call: Call, now: Date): Partial<Activity> {
  return { ...base(call, now), type: 'conversationUpdate', membersAdded: [{ id: phoneUserId(call.From), name: 'member' }] };
}

function message(call: Call, text: string, now: Date): Partial<Activity> {
  return { ...base(call, now), type: 'message', text };
}

/** A reply that puts the member in line for a person (the handoff dialog marks it). */
function asksForPerson(reply: Partial<Activity>): boolean {
  return Boolean((reply.channelData as { carebridge?: { handoff?: string } } | undefined)?.carebridge?.handoff);
}
