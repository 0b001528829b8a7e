import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentText {
  accountSid: string;
  to: string;
  from: string;
  body: string;
  /** The account and token the client sent (HTTP basic auth). */
  authorization: string;
}

/**
 * A local HTTP server standing in for Twilio's REST API (Messages resource): it answers like
 * Twilio and keeps every text it was asked to send.
 */
export class FakeTwilioApi {
  readonly sent: SentText[] = [];
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(req.url ?? '');
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        if (req.method !== 'POST' || !match) {
          res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 20404, message: 'not found', status: 404 }));
          return;
        }
        const form = new URLSearchParams(raw);
        const text: SentText = { accountSid: match[1], to: form.get('To') ?? '', from: form.get('From') ?? '', body: form.get('Body') ?? '', authorization: req.headers.authorization ?? '' };
        this.sent.push(text);
        const sid = `SM${String(this.sent.length).padStart(32, '0')}`;
        res
          .writeHead(201, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ sid, account_sid: text.accountSid, to: text.to, from: text.from, body: text.body, status: 'queued', direction: 'outbound-api', num_segments: '1' }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
