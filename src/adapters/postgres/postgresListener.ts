import pg from 'pg';

const RECONNECT_MS = 1000;

export interface ListenerHandlers {
  notice(payload: string): void;
  /** After a lost connection came back: notices sent meanwhile were missed. */
  reconnected(): void;
}

/** One connection that LISTENs on a channel, and comes back after it is lost. */
export class PostgresListener {
  private client?: pg.Client;
  private closed = false;
  private reconnecting = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly handlers: ListenerHandlers,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.payload) this.handlers.notice(message.payload);
    });
    client.on('error', () => this.reconnect());
    client.on('end', () => this.reconnect());
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    this.client = client;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }

  private reconnect(): void {
    if (this.closed || this.reconnecting) return;
    this.reconnecting = true;
    this.client = undefined;
    setTimeout(() => {
      this.reconnecting = false;
      this.start()
        .then(() => this.handlers.reconnected())
        .catch(() => this.reconnect());
    }, RECONNECT_MS).unref();
  }
}
