import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { stringField, type HttpClient } from './httpClient';
import type { LoadMember } from './loadRunner';
import { MEMBER_TEXT } from './botFrameworkMember';

const DIRECT_LINE = '/v3/directline';
/** Replies nobody waits for (yet) are kept by the id they answer; this bounds how many. */
const MAX_UNCLAIMED = 64;

interface Waiter {
  /** The activity whose reply is awaited; undefined waits for any bot message (the greeting). */
  replyToId: string | undefined;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * A member on Carebridge's built-in Direct Line, as the member page's Web Chat is: a token from
 * `POST /tokens/generate` with the picked language, the WebSocket stream, then one message per
 * turn. A turn ends when the bot's reply to that message (`replyToId`) has come over the stream.
 */
export class DirectLineMember implements LoadMember {
  private readonly unclaimed = new Set<string>();
  private botMessages = 0;
  private waiter: Waiter | undefined;
  private closedReason: string | undefined;

  private constructor(
    /** Where the member's messages are posted (another instance than the stream's, when scaled out). */
    private readonly baseUrl: string,
    private readonly http: HttpClient,
    private readonly conversationId: string,
    private readonly token: string,
    private readonly ws: WebSocket,
    private readonly timeoutMs: number,
  ) {
    ws.on('message', (data: WebSocket.RawData) => this.receive(data.toString()));
    ws.on('error', () => undefined);
    ws.on('close', () => {
      this.closedReason = 'the stream closed';
      this.waiter?.reject(new Error(this.closedReason));
      this.waiter = undefined;
    });
  }

  /**
   * Starts a conversation in English, opens its stream and waits for the bot's greeting. With
   * `postUrl`, messages go to that instance while the stream stays on `baseUrl`'s.
   */
  static async join(baseUrl: string, http: HttpClient, timeoutMs: number, postUrl = baseUrl): Promise<DirectLineMember> {
    const grant = await http.post(`${baseUrl}${DIRECT_LINE}/tokens/generate`, { locale: 'en' });
    const conversationId = stringField(grant.body, 'conversationId');
    const token = stringField(grant.body, 'token');
    const streamUrl = stringField(grant.body, 'streamUrl');
    if (grant.status !== 200 || !conversationId || !token || !streamUrl) {
      throw new Error(`tokens/generate answered HTTP ${grant.status}`);
    }
    // Listen before the socket opens: the first frame can come in the same read as the upgrade.
    const ws = new WebSocket(streamUrl);
    const member = new DirectLineMember(postUrl, http, conversationId, token, ws, timeoutMs);
    await whenOpen(ws, timeoutMs);
    if (member.botMessages === 0) await member.waitForReply(undefined, timeoutMs);
    return member;
  }

  async turn(): Promise<void> {
    if (this.closedReason) throw new Error(this.closedReason);
    const started = Date.now();
    const answer = await this.http.post(
      `${this.baseUrl}${DIRECT_LINE}/conversations/${this.conversationId}/activities`,
      {
        type: 'message',
        text: MEMBER_TEXT,
        from: { id: 'member' },
        locale: 'en',
        channelData: { clientActivityID: randomBytes(8).toString('hex') },
      },
      { authorization: `Bearer ${this.token}` },
      this.timeoutMs,
    );
    const id = stringField(answer.body, 'id');
    if (answer.status !== 200 || !id) throw new Error(`post activity answered HTTP ${answer.status}`);
    if (this.unclaimed.delete(id)) return;
    await this.waitForReply(id, this.timeoutMs - (Date.now() - started));
  }

  close(): void {
    this.ws.terminate();
  }

  private waitForReply(replyToId: string | undefined, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(new Error(`no reply over the stream within ${this.timeoutMs} ms`));
      }, Math.max(0, timeoutMs));
      this.waiter = {
        replyToId,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }

  private receive(frame: string): void {
    if (frame === '') return;
    for (const activity of activitiesOf(frame)) {
      if (activity.type !== 'message' || activity.role === 'user') continue;
      this.botMessages += 1;
      const waiter = this.waiter;
      if (waiter && (waiter.replyToId === undefined || waiter.replyToId === activity.replyToId)) {
        this.waiter = undefined;
        waiter.resolve();
      } else if (activity.replyToId) {
        if (this.unclaimed.size >= MAX_UNCLAIMED) this.unclaimed.clear();
        this.unclaimed.add(activity.replyToId);
      }
    }
  }
}

interface StreamedActivity {
  type?: string;
  role?: string;
  replyToId?: string;
}

/** The activities of one stream frame, reduced to what the bench looks at. */
function activitiesOf(frame: string): StreamedActivity[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(frame);
  } catch {
    return [];
  }
  const list = typeof parsed === 'object' && parsed !== null ? (parsed as { activities?: unknown }).activities : undefined;
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) => {
    const from = typeof item === 'object' && item !== null ? (item as { from?: unknown }).from : undefined;
    return { type: stringField(item, 'type'), role: stringField(from, 'role'), replyToId: stringField(item, 'replyToId') };
  });
}

function whenOpen(ws: WebSocket, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`the stream did not open within ${timeoutMs} ms`));
    }, timeoutMs);
    ws.once('open', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    ws.once('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      ws.terminate();
      reject(new Error(`the stream was refused with HTTP ${res.statusCode}`));
    });
  });
}
