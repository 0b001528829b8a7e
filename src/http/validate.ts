import type { z } from 'zod';
import { BadRequestError } from '../domain/errors';

/** Parses a request part with a zod schema; a 400 naming the first bad field otherwise. */
export function validate<S extends z.ZodTypeAny>(schema: S, value: unknown, what = 'body'): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.length ? ` (${issue.path.join('.')})` : '';
  throw new BadRequestError(`Invalid ${what}${field}: ${issue.message}`);
}
