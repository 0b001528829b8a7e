import { z } from 'zod';

/** Ids a client may choose for itself (the member page keeps one per browser). */
export const clientUserId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'user id must be 8-64 letters, digits, _ or -');

/** Body of `POST /tokens/generate` and `POST /conversations`: all optional. */
export const startBodySchema = z
  .object({
    user: z.object({ id: clientUserId.optional(), name: z.string().max(100).optional() }).optional(),
    /** Carebridge extension: the language the member picked on the page before the chat began. */
    locale: z.string().max(35).optional(),
  })
  .partial();

export const MAX_TEXT_LENGTH = 5000;

/** One activity as a client may post it. Unknown fields are kept; `channelData` passes through untouched. */
export const clientActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    text: z.string().max(MAX_TEXT_LENGTH).optional(),
    from: z.object({ id: z.string().max(128).optional(), name: z.string().max(100).optional() }).passthrough().optional(),
    locale: z.string().max(35).optional(),
    textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
    value: z.unknown().optional(),
    name: z.string().max(256).optional(),
    channelData: z.record(z.unknown()).optional(),
    attachments: z.array(z.object({ contentType: z.string() }).passthrough()).max(10).optional(),
    entities: z.array(z.object({ type: z.string() }).passthrough()).max(20).optional(),
  })
  .passthrough();

export type ClientActivity = z.infer<typeof clientActivitySchema>;

export const watermarkSchema = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform(Number)
  .optional();
