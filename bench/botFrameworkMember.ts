import type { HttpClient } from './httpClient';
import type { LoadMember } from './loadRunner';
import type { StubConnector } from './stubConnector';

export const MEMBER_TEXT = '1';

/**
 * A member of a Bot Framework bot (echo or samples-shaped): each turn is a `POST /api/messages`
 * carrying the stub connector as `serviceUrl`. The CloudAdapter sends the reply before it answers
 * the POST, so the round trip is the turn; the stub must have received the reply by then.
 */
export class BotFrameworkMember implements LoadMember {
  private readonly conversationId: string;
  private sequence = 0;

  constructor(
    private readonly botUrl: string,
    private readonly stub: StubConnector,
    private readonly http: HttpClient,
    index: number,
  ) {
    this.conversationId = `bench-conversation-${index}`;
  }

  async turn(): Promise<void> {
    this.sequence += 1;
    const id = `${this.conversationId}-activity-${this.sequence}`;
    const answer = await this.http.post(`${this.botUrl}/api/messages`, {
      type: 'message',
      id,
      text: MEMBER_TEXT,
      channelId: 'emulator',
      serviceUrl: this.stub.url,
      timestamp: new Date().toISOString(),
      conversation: { id: this.conversationId },
      from: { id: `${this.conversationId}-member`, role: 'user' },
      recipient: { id: 'bench-bot', role: 'bot' },
      locale: 'en-US',
    });
    if (answer.status < 200 || answer.status >= 300) throw new Error(`bot answered HTTP ${answer.status}`);
    if (!this.stub.takeReply(this.conversationId, id)) throw new Error('the reply did not reach the connector');
  }
}
