import type { Agent } from '../../src/domain/agent';
import type { AgentDesk } from '../../src/console/agentDesk';

/** Every demo agent's password (data/demo-agents.json). */
export const DEMO_PASSWORD = 'carebridge-demo';

/** What the console API answers, as its JSON. */
export type ConsoleQueue = Awaited<ReturnType<AgentDesk['queue']>>;
export type QueueItem = ConsoleQueue['waiting'][number];
export type HandoffView = Awaited<ReturnType<AgentDesk['view']>>;
export type MemberDetails = Awaited<ReturnType<AgentDesk['member']>>;
export interface ConsoleError {
  error: { code: string; message: string; retryAfterMinutes?: number };
}
export interface SignedInBody {
  agent: Agent;
  csrfToken: string;
}

export interface ConsoleAnswer<T> {
  status: number;
  headers: Headers;
  body: T;
}

export interface ConsoleRequest {
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is, with `Content-Type: application/json` (malformed or oversized bodies). */
  raw?: string;
  headers?: Record<string, string>;
  /** Send the session's CSRF token on a request that changes something (default true). */
  csrf?: boolean;
}

/**
 * One agent's browser as the console page uses the API: it keeps the session cookie from
 * `set-cookie` and sends it back, and sends the CSRF token and JSON content type on every change.
 */
export class AgentConsoleClient {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(method: string, path: string, options: ConsoleRequest = {}): Promise<ConsoleAnswer<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && options.csrf !== false && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let body: string | undefined;
    if (options.json !== undefined || options.raw !== undefined) {
      headers['content-type'] = 'application/json';
      body = options.raw ?? JSON.stringify(options.json);
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers: { ...headers, ...options.headers }, body });
    this.keepCookie(response.headers);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** Signs in; on success the cookie and the CSRF token are kept for the next requests. */
  async signIn(agentId: string, password = DEMO_PASSWORD, headers?: Record<string, string>): Promise<ConsoleAnswer<SignedInBody & ConsoleError>> {
    const answer = await this.request<SignedInBody & ConsoleError>('POST', '/api/agent/session', { json: { agentId, password }, headers });
    if (answer.status === 200) this.csrfToken = answer.body.csrfToken;
    return answer;
  }

  signOut(): Promise<ConsoleAnswer<unknown>> {
    return this.request('DELETE', '/api/agent/session');
  }

  async queue(): Promise<ConsoleQueue> {
    const answer = await this.request<ConsoleQueue>('GET', '/api/agent/queue');
    if (answer.status !== 200) throw new Error(`queue answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** The handoff as this agent's queue shows it (waiting or theirs). */
  async queueItem(id: string): Promise<QueueItem | undefined> {
    const { waiting, mine } = await this.queue();
    return [...waiting, ...mine].find((item) => item.id === id);
  }

  accept(id: string): Promise<ConsoleAnswer<HandoffView & ConsoleError>> {
    return this.request('POST', `/api/agent/handoffs/${id}/accept`);
  }

  view(id: string): Promise<ConsoleAnswer<HandoffView & ConsoleError>> {
    return this.request('GET', `/api/agent/handoffs/${id}`);
  }

  member(id: string): Promise<ConsoleAnswer<MemberDetails & ConsoleError>> {
    return this.request('GET', `/api/agent/handoffs/${id}/member`);
  }

  reply(id: string, text: string): Promise<ConsoleAnswer<{ delivered: boolean } & ConsoleError>> {
    return this.request('POST', `/api/agent/handoffs/${id}/messages`, { json: { text } });
  }

  finish(id: string, how: 'end' | 'return'): Promise<ConsoleAnswer<{ done: boolean } & ConsoleError>> {
    return this.request('POST', `/api/agent/handoffs/${id}/${how}`);
  }

  /** Opens `GET /api/agent/events` with the session cookie. */
  async events(): Promise<EventStream> {
    const abort = new AbortController();
    const response = await fetch(`${this.baseUrl}/api/agent/events`, { headers: this.cookie ? { cookie: this.cookie } : {}, signal: abort.signal });
    return new EventStream(response, abort);
  }

  private keepCookie(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      this.cookie = /max-age=0(;|$)/i.test(line) ? undefined : pair.trim();
    }
  }
}

/** A Server-Sent Events stream read with fetch's body reader: everything received, as text. */
export class EventStream {
  received = '';
  private readonly reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  private readonly decoder = new TextDecoder();

  constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    this.reader = response.body?.getReader();
  }

  /** Reads until the text received since `from` contains `wanted`; fails after `timeoutMs`. */
  async waitFor(wanted: string, from = 0, timeoutMs = 3000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (!this.received.slice(from).includes(wanted)) {
      if (!this.reader) throw new Error('the event stream has no body');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${JSON.stringify(wanted)} within ${timeoutMs} ms; got ${JSON.stringify(this.received.slice(from))}`);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no ${JSON.stringify(wanted)} within ${timeoutMs} ms; got ${JSON.stringify(this.received.slice(from))}`)), left);
      });
      try {
        const chunk = await Promise.race([this.reader.read(), timeout]);
        if (chunk.done) throw new Error('the event stream ended');
        this.received += this.decoder.decode(chunk.value, { stream: true });
      } finally {
        clearTimeout(timer);
      }
    }
    return this.received.slice(from);
  }

  close(): void {
    this.abort.abort();
    this.reader?.cancel().catch(() => undefined);
  }
}
