import pino from 'pino';
import type { Logger } from './ports/logger';

/** Fields that could hold member data; removed from every log line even if code passes them by mistake. */
export const redactedPaths = [
  'text', '*.text', 'speak', '*.speak', 'body', '*.body', 'from', '*.from', 'phone', '*.phone', 'birthDate', '*.birthDate',
  'dateOfBirth', '*.dateOfBirth', 'memberId', '*.memberId', 'address', '*.address', 'userId', '*.userId', 'token', '*.token',
  'authorization', '*.authorization', 'headers', '*.headers',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: redactedPaths, censor: '[redacted]' }, base: { app: 'carebridge' } }, destination);
}
