import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ConversationEvents } from '../../ports/conversationEvents';
import type { Logger } from '../../ports/logger';
import { AppError } from '../../domain/errors';
import type { DirectLineService } from './directLineService';
import type { TokenService } from './tokenService';
import { watermarkSchema } from './schemas';

/** How long an open socket has to answer a ping before a new one for its conversation replaces it. */
const PROBE_MS = 2000;

const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]{1,64})\/stream$/;

/**
 * The Direct Line WebSocket stream: one socket per conversation. It first sends everything
 * after the client's watermark, then each new activity set as it is stored; an empty frame
 * keeps the connection alive, and a socket that stops answering pings is dropped. A second
 * socket for the same conversation is refused while the first still answers a ping, and
 * replaces it when it does not (a connection that dropped without closing).
 */
export class ActivityStream {
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly open = new Map<string, WebSocket>();

  constructor(
    private readonly service: DirectLineService,
    private readonly tokens: TokenService,
    private readonly events: ConversationEvents,
    private readonly logger: Logger,
    private readonly keepAliveMs = 15_000,
  ) {}

  /** Takes an HTTP upgrade for a stream path; returns false when the path is not ours. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return false;
    void this.accept(request, socket, head, match[1], url).catch((error: unknown) => {
      const status = error instanceof AppError ? error.status : 500;
      this.logger.warn({ status, code: (error as AppError).code }, 'directline stream refused');
      socket.end(`HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : status === 409 ? 'Conflict' : 'Forbidden'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    });
    return true;
  }

  close(): void {
    for (const ws of this.open.values()) ws.terminate();
    this.server.close();
  }

  private async accept(request: IncomingMessage, socket: Duplex, head: Buffer, conversationId: string, url: URL): Promise<void> {
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const claims = this.tokens.verify(url.searchParams.get('t') ?? bearer);
    await this.service.authorize(claims, conversationId);
    const watermark = watermarkSchema.safeParse(url.searchParams.get('watermark') || undefined);
    const existing = this.open.get(conversationId);
    if (existing && (await answersPing(existing, PROBE_MS))) {
      throw new AppError('directline.stream_open', 'A stream is already open', 409);
    }
    existing?.terminate();
    this.server.handleUpgrade(request, socket, head, (ws) => {
      this.attach(ws, conversationId, claims, watermark.success ? (watermark.data ?? 0) : 0);
    });
  }

  private attach(ws: WebSocket, conversationId: string, claims: Parameters<DirectLineService['authorize']>[0], start: number): void {
    this.open.set(conversationId, ws);
    let watermark = start;
    let pumping = false;
    let again = false;
    // Sends every stored activity after the watermark. A wake-up that arrives while a pass runs makes it
    // read again; `pumping` is cleared in the same synchronous step as the last `again` check, so no
    // wake-up can land in between and be lost (a reply stored just after the echo would never be sent).
    const pump = (): void => {
      if (pumping) {
        again = true;
        return;
      }
      pumping = true;
      void (async () => {
        try {
          do {
            again = false;
            for (;;) {
              const page = await this.service.activitiesAfter(claims, conversationId, watermark);
              if (page.activities.length === 0 || ws.readyState !== ws.OPEN) break;
              watermark = Number(page.watermark);
              ws.send(JSON.stringify(page));
            }
          } while (again && ws.readyState === ws.OPEN);
        } catch (error: unknown) {
          this.logger.error({ err: { type: (error as Error).name } }, 'directline stream failed');
        } finally {
          pumping = false;
        }
      })();
    };
    const unsubscribe = this.events.subscribe(conversationId, (event) => {
      if (event.ephemeral) ws.send(JSON.stringify({ activities: [event.ephemeral] }));
      else pump();
    });
    let alive = true;
    ws.on('pong', () => (alive = true));
    const keepAlive = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
      ws.send('');
    }, this.keepAliveMs);
    ws.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
      if (this.open.get(conversationId) === ws) this.open.delete(conversationId);
    });
    ws.on('error', () => ws.terminate());
    pump();
  }
}

/** True when the socket answers a ping in time: a dropped connection that never closed does not. */
function answersPing(ws: WebSocket, timeoutMs: number): Promise<boolean> {
  if (ws.readyState !== ws.OPEN) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      ws.off('pong', onPong);
      resolve(false);
    }, timeoutMs);
    const onPong = () => {
      clearTimeout(timer);
      resolve(true);
    };
    ws.once('pong', onPong);
    ws.ping();
  });
}
