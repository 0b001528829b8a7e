import express, { Router } from 'express';
import { z } from 'zod';
import { toLanguage } from '../domain/language';
import { AppError } from '../domain/errors';
import type { IntentRecognizer } from '../ports/intentRecognizer';
import type { SafetyScreen } from '../nlu/safetyScreen';
import { parseMessage } from '../nlu/parseMessage';
import { validate } from './validate';
import { requireBearer } from './requireBearer';

export const MAX_PARSE_TEXT = 2000;

const parseBodySchema = z.object({ text: z.string().min(1), locale: z.string().max(35).optional() });

export interface NluRoutesDeps {
  adminToken?: string;
  safety: SafetyScreen;
  recognizer: IntentRecognizer;
}

/** `POST /api/nlu/parse` for operators and tests: `{text, locale?}` → `{locale, intent, entities}`. */
export function nluRoutes({ adminToken, safety, recognizer }: NluRoutesDeps): Router {
  const router = Router();
  router.post('/api/nlu/parse', requireBearer(adminToken), express.json({ limit: '16kb', type: () => true }), async (req, res) => {
    const body = validate(parseBodySchema, req.body);
    if (body.text.length > MAX_PARSE_TEXT) {
      throw new AppError('too_large', `text is longer than ${MAX_PARSE_TEXT} characters`, 413);
    }
    res.json(await parseMessage(body.text, toLanguage(body.locale), { safety, recognizer }));
  });
  return router;
}
