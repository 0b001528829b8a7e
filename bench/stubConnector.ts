import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const REPLY_PATH = /\/v3\/conversations\/([^/]+)\/activities\/([^/?]+)$/;
const MAX_BODY = 256 * 1024;

/**
 * A stand-in for the Bot Framework connector service: takes the replies a bot posts to
 * `POST {serviceUrl}v3/conversations/:conversationId/activities/:activityId`, answers `{id}`,
 * and remembers which activities got a reply so the load generator can check each turn.
 */
export class StubConnector {
  private readonly replied = new Set<string>();
  private count = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<StubConnector> {
    let stub: StubConnector | undefined;
    const server = createServer((req, res) => stub?.handle(req, res));
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stub = new StubConnector(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return stub;
  }

  /** Replies received so far, for any activity. */
  get received(): number {
    return this.count;
  }

  /** True (once) when a reply to this activity of this conversation has arrived. */
  takeReply(conversationId: string, activityId: string): boolean {
    return this.replied.delete(key(conversationId, activityId));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const match = req.method === 'POST' ? REPLY_PATH.exec(req.url ?? '') : null;
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy();
    });
    req.on('end', () => {
      if (!match) {
        res.writeHead(404).end();
        return;
      }
      this.count += 1;
      this.replied.add(key(decodeURIComponent(match[1]), decodeURIComponent(match[2])));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `stub-${this.count}` }));
    });
  }
}

function key(conversationId: string, activityId: string): string {
  return `${conversationId}\n${activityId}`;
}
