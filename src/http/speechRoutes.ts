import { Router } from 'express';
import { z } from 'zod';
import { AppError, ForbiddenError } from '../domain/errors';
import { validate } from './validate';
import { TTS_PATH, type SpeechLinks } from '../speech/speechLinks';
import type { MessageAudio } from '../speech/messageAudio';

const ttsQuery = z.object({
  ssml: z.string().min(1).max(8000),
  slow: z.enum(['0', '1']).optional(),
  sig: z.string().min(1).max(100),
});

export interface AzureSpeechAccount {
  key: string;
  region: string;
}

/**
 * `GET /api/speech/tts`: the audio (WAV) of a message the assistant sent, from its signed link.
 * With Azure configured, `POST /api/speech/token` gives the member page's microphone a
 * short-lived Azure token (the key itself never leaves the server).
 */
export function speechRoutes(links: SpeechLinks, audio: MessageAudio, azure?: AzureSpeechAccount): Router {
  const router = Router();
  if (azure) {
    router.post('/api/speech/token', async (_req, res) => {
      const issued = await fetch(`https://${azure.region}.api.cognitive.microsoft.com/sts/v1.0/issueToken`, {
        method: 'POST',
        headers: { 'Ocp-Apim-Subscription-Key': azure.key },
      });
      if (!issued.ok) throw new AppError('speech.token', 'Azure Speech did not issue a token', 502);
      res.set('Cache-Control', 'no-store').json({ authorizationToken: await issued.text(), region: azure.region });
    });
  }
  router.get(TTS_PATH, async (req, res) => {
    const query = validate(ttsQuery, req.query, 'query');
    const slow = query.slow === '1';
    if (!links.verify(query.ssml, slow, query.sig)) throw new ForbiddenError('This audio link is not valid');
    const wav = await audio.wav(query.ssml, slow);
    res.set({ 'Content-Type': 'audio/wav', 'Cache-Control': 'private, max-age=3600', 'Content-Length': String(wav.length) }).send(wav);
  });
  return router;
}
