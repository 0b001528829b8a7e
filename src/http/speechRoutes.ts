import { Router } from 'express';
import { z } from 'zod';
import { ForbiddenError } from '../domain/errors';
import { validate } from './validate';
import { TTS_PATH, type SpeechLinks } from '../speech/speechLinks';
import type { MessageAudio } from '../speech/messageAudio';

const ttsQuery = z.object({
  ssml: z.string().min(1).max(8000),
  slow: z.enum(['0', '1']).optional(),
  sig: z.string().min(1).max(100),
});

/** `GET /api/speech/tts`: the audio (WAV) of a message the assistant sent, from its signed link. */
export function speechRoutes(links: SpeechLinks, audio: MessageAudio): Router {
  const router = Router();
  router.get(TTS_PATH, async (req, res) => {
    const query = validate(ttsQuery, req.query, 'query');
    const slow = query.slow === '1';
    if (!links.verify(query.ssml, slow, query.sig)) throw new ForbiddenError('This audio link is not valid');
    const wav = await audio.wav(query.ssml, slow);
    res.set({ 'Content-Type': 'audio/wav', 'Cache-Control': 'private, max-age=3600', 'Content-Length': String(wav.length) }).send(wav);
  });
  return router;
}
