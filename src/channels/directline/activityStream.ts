import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ConversationEvents } from '../../ports/conversationEvents';
import type { Logger } from '../../ports/logger';
import { AppError } from '../../domain/errors';
import type { DirectLineService } from './directLineService';
import type { DirectLineStore } from '../../ports/directLineStore';
import { StreamConnection } from './streamConnection';
import type { TokenService } from './tokenService';
import { watermarkSchema } from './schemas';

/** How long an open socket has to answer a ping before a new one for its conversation replaces it. */
const PROBE_MS = 2000;
const PAGE_SIZE = 500;

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
    private readonly store: DirectLineStore,
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
      this.attach(ws, conversationId, watermark.success ? (watermark.data ?? 0) : 0);
    });
  }

  private attach(ws: WebSocket, conversationId: string, start: number): void {
    this.open.set(conversationId, ws);
    const connection = new StreamConnection(ws, (watermark) => this.store.activitiesAfter(conversationId, watermark, PAGE_SIZE), this.logger, start);
    const unsubscribe = this.events.subscribe(conversationId, (event) => connection.onEvent(event));
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
    connection.pump();
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
