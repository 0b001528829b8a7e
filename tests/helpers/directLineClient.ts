import WebSocket from 'ws';
import type { Activity } from 'botbuilder';

/** What `POST /tokens/generate`, `POST /conversations`, `GET /conversations/:id` and `POST /tokens/refresh` answer. */
export interface DirectLineGrant {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl: string;
}

export interface ActivitySet {
  activities: Activity[];
  watermark?: string;
}

export interface HttpAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  token?: string;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is, with `Content-Type: application/json` (for malformed or oversized bodies). */
  raw?: string;
  headers?: Record<string, string>;
}

export const DIRECT_LINE_PATH = '/v3/directline';

/**
 * A tiny Direct Line 3.0 client over fetch and ws, shaped like what DirectLineJS does, so tests
 * read as a web page talking to Carebridge. It remembers the sockets it opened to close them.
 */
export class DirectLineClient {
  private readonly sockets = new Set<ActivitySocket>();

  constructor(readonly baseUrl: string) {}

  /** One raw HTTP call under `/v3/directline`; the answer's body is parsed as JSON when there is one. */
  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<HttpAnswer<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.json !== undefined || options.raw !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = options.raw ?? JSON.stringify(options.json);
    }
    const response = await fetch(`${this.baseUrl}${DIRECT_LINE_PATH}${path}`, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** `POST /conversations` without a token: a new conversation (201). */
  async startConversation(body?: unknown): Promise<DirectLineConversation> {
    const answer = await this.request<DirectLineGrant>('POST', '/conversations', { json: body ?? {} });
    if (answer.status !== 201) throw new Error(`start conversation answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return new DirectLineConversation(this, answer.body);
  }

  /** Opens a WebSocket on a stream URL; rejects when the server refuses the upgrade. */
  async connect(streamUrl: string, headers?: Record<string, string>): Promise<ActivitySocket> {
    const socket = await ActivitySocket.open(streamUrl, headers);
    this.sockets.add(socket);
    return socket;
  }

  /** Tries to open a WebSocket that should be refused; resolves with the HTTP status of the refusal. */
  refusalStatus(streamUrl: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(streamUrl);
      let status = 0;
      ws.on('error', () => undefined);
      ws.on('unexpected-response', (_req, res) => {
        status = res.statusCode ?? 0;
        ws.terminate();
      });
      ws.on('open', () => {
        ws.terminate();
        reject(new Error('the stream was accepted'));
      });
      ws.on('close', () => resolve(status));
    });
  }

  /** Closes every socket this client opened. */
  async closeSockets(): Promise<void> {
    await Promise.all([...this.sockets].map((socket) => socket.drop()));
    this.sockets.clear();
  }
}

/** One conversation as a client holds it: its id, its current token and stream URL. */
export class DirectLineConversation {
  readonly id: string;
  token: string;
  streamUrl: string;

  constructor(
    readonly client: DirectLineClient,
    grant: DirectLineGrant,
  ) {
    this.id = grant.conversationId;
    this.token = grant.token;
    this.streamUrl = grant.streamUrl;
  }

  /** Posts one activity and returns the id the server gave it. */
  async post(activity: Record<string, unknown>): Promise<string> {
    const answer = await this.client.request<{ id: string }>('POST', `/conversations/${this.id}/activities`, {
      token: this.token,
      json: activity,
    });
    if (answer.status !== 200) throw new Error(`post answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body.id;
  }

  /** Posts a message from the member, as Web Chat does (with a client activity id in channelData). */
  say(text: string, channelData: Record<string, unknown> = { clientActivityID: `client-${Math.random().toString(36).slice(2)}` }): Promise<string> {
    return this.post({ type: 'message', text, from: { id: 'ignored-by-server' }, channelData });
  }

  /** `GET /conversations/:id/activities[?watermark=]`. */
  async activities(watermark?: string): Promise<ActivitySet & { watermark: string }> {
    const query = watermark === undefined ? '' : `?watermark=${encodeURIComponent(watermark)}`;
    const answer = await this.client.request<ActivitySet & { watermark: string }>('GET', `/conversations/${this.id}/activities${query}`, {
      token: this.token,
    });
    if (answer.status !== 200) throw new Error(`activities answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** `GET /conversations/:id[?watermark=]`: what a client calls to reconnect; keeps the fresh token and stream URL. */
  async reconnect(watermark?: string): Promise<DirectLineGrant> {
    const query = watermark === undefined ? '' : `?watermark=${encodeURIComponent(watermark)}`;
    const answer = await this.client.request<DirectLineGrant>('GET', `/conversations/${this.id}${query}`, { token: this.token });
    if (answer.status !== 200) throw new Error(`reconnect answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    this.token = answer.body.token;
    this.streamUrl = answer.body.streamUrl;
    return answer.body;
  }

  connect(streamUrl = this.streamUrl): Promise<ActivitySocket> {
    return this.client.connect(streamUrl);
  }
}

interface Waiter {
  count: number;
  resolve: (activities: Activity[]) => void;
}

/** A Direct Line WebSocket: collects the activity sets it receives; keep-alive (empty) frames are counted apart. */
export class ActivitySocket {
  /** Every activity set received, in order. */
  readonly frames: ActivitySet[] = [];
  keepAlives = 0;
  private readonly unread: Activity[] = [];
  private waiter: Waiter | undefined;
  private readonly closed: Promise<void>;

  private constructor(private readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => ws.once('close', () => resolve()));
    ws.on('error', () => undefined);
    ws.on('message', (data) => {
      const text = data.toString();
      if (text === '') {
        this.keepAlives += 1;
        return;
      }
      const set = JSON.parse(text) as ActivitySet;
      this.frames.push(set);
      this.unread.push(...set.activities);
      this.wake();
    });
  }

  static open(url: string, headers?: Record<string, string>): Promise<ActivitySocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      const socket = new ActivitySocket(ws);
      ws.once('open', () => resolve(socket));
      ws.once('error', reject);
    });
  }

  /** The watermark of the last activity set that carried one. */
  get watermark(): string | undefined {
    return [...this.frames].reverse().find((frame) => frame.watermark !== undefined)?.watermark;
  }

  /** Every activity received so far. */
  get received(): Activity[] {
    return this.frames.flatMap((frame) => frame.activities);
  }

  /** The next `count` activities not read yet, waiting for them up to `timeoutMs`. */
  nextActivities(count = 1, timeoutMs = 2000): Promise<Activity[]> {
    if (this.waiter) throw new Error('already waiting for activities');
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(new Error(`expected ${count} activities within ${timeoutMs} ms, got ${this.unread.length}`));
      }, timeoutMs);
      this.waiter = {
        count,
        resolve: (activities) => {
          clearTimeout(timer);
          resolve(activities);
        },
      };
      this.wake();
    });
  }

  /** Waits a moment and returns whatever arrived unread meanwhile (a test expects none). */
  async unreadAfter(ms = 150): Promise<Activity[]> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.unread.splice(0);
  }

  /** Closes the socket cleanly and waits until it is closed. */
  async close(): Promise<void> {
    if (this.ws.readyState !== WebSocket.CLOSED) this.ws.close();
    await this.closed;
  }

  /** Drops the connection abruptly, as a lost network would, and waits until it is gone. */
  async drop(): Promise<void> {
    if (this.ws.readyState !== WebSocket.CLOSED) this.ws.terminate();
    await this.closed;
  }

  private wake(): void {
    const waiter = this.waiter;
    if (!waiter || this.unread.length < waiter.count) return;
    this.waiter = undefined;
    waiter.resolve(this.unread.splice(0, waiter.count));
  }
}
