import type { RequestHandler } from 'express';
import twilio from 'twilio';
import type { Logger } from '../ports/logger';

export interface TwilioSignatureOptions {
  /** Undefined when Twilio is not configured: every request is then refused while checks are on. */
  authToken?: string;
  /** The public base URL Twilio calls (the signature covers the full URL); else the request's own. */
  publicUrl?: string;
  /** Off only when the operator says so (TWILIO_SIGNATURE_CHECK=off, local development). */
  check: boolean;
  logger: Logger;
}

/**
 * Refuses a Twilio webhook whose `X-Twilio-Signature` is missing or does not match (403), so only
 * Twilio can post member messages. The check uses the `twilio` library's own validation.
 */
export function verifyTwilioSignature(options: TwilioSignatureOptions): RequestHandler {
  return (req, res, next) => {
    if (!options.check) return next();
    const signature = req.get('X-Twilio-Signature');
    const base = options.publicUrl?.replace(/\/$/, '') ?? `${req.protocol}://${req.get('host')}`;
    const valid =
      options.authToken !== undefined &&
      signature !== undefined &&
      twilio.validateRequest(options.authToken, signature, `${base}${req.originalUrl}`, (req.body ?? {}) as Record<string, string>);
    if (valid) return next();
    options.logger.warn({ route: req.path, reason: options.authToken ? 'bad signature' : 'twilio not configured' }, 'twilio webhook refused');
    res.status(403).json({ error: { code: 'forbidden', message: 'Invalid or missing X-Twilio-Signature' } });
  };
}
