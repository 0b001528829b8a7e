import type { ErrorRequestHandler } from 'express';
import { AppError } from '../domain/errors';
import type { Logger } from '../ports/logger';
import type { Metrics } from '../metrics';

const bodyParserCodes: Record<string, { status: number; code: string; message: string }> = {
  'entity.too.large': { status: 413, code: 'BodyTooLarge', message: 'The request body is too large' },
  'entity.parse.failed': { status: 400, code: 'BadArgument', message: 'The request body is not valid JSON' },
  'encoding.unsupported': { status: 415, code: 'BadArgument', message: 'The request encoding is not supported' },
  'charset.unsupported': { status: 415, code: 'BadArgument', message: 'The request charset is not supported' },
};

const appCodes: Record<number, string> = { 400: 'BadArgument', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict', 413: 'BodyTooLarge' };

/**
 * The one error handler: a clear 4xx for what the client got wrong, a bare 500 otherwise.
 * The body is the Direct Line error shape; nothing of the request is echoed or logged.
 */
export function errorHandler(logger: Logger, metrics: Metrics): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const parser = bodyParserCodes[(error as { type?: string }).type ?? ''];
    const status = parser?.status ?? (error instanceof AppError ? error.status : 500);
    const code = parser?.code ?? (error instanceof AppError ? (appCodes[status] ?? error.code) : 'ServiceError');
    const message = parser?.message ?? (status < 500 ? (error as Error).message : 'Something went wrong');
    const route = `${req.baseUrl}${req.route?.path ?? ''}` || 'unmatched';
    if (status >= 500) {
      logger.error({ route, status, err: { type: (error as Error).name, code: (error as AppError).code, stack: (error as Error).stack } }, 'request failed');
    } else {
      metrics.httpRejections.inc({ route, status: String(status) });
      logger.warn({ route, status, code }, 'request refused');
    }
    if (res.headersSent) return;
    res.status(status).json({ error: { code, message } });
  };
}
