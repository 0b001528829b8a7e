import { randomBytes } from 'node:crypto';
import { ActivityTypes, type Activity, type ChannelAccount } from 'botbuilder';
import type { DirectLineStore, ActivityPage } from '../../ports/directLineStore';
import type { ConversationEvents } from '../../ports/conversationEvents';
import type { Clock } from '../../ports/clock';
import { ForbiddenError, NotFoundError } from '../../domain/errors';
import type { TurnLock } from '../../ports/turnLock';
import { DIRECT_LINE_CHANNEL_ID, type DirectLineAdapter, type TurnLogic } from './directLineAdapter';
import type { TokenClaims, TokenService } from './tokenService';
import type { ClientActivity } from './schemas';
import { KnownConversations } from './knownConversations';

export interface DirectLineServiceDeps {
  store: DirectLineStore;
  events: ConversationEvents;
  adapter: DirectLineAdapter;
  tokens: TokenService;
  lock: TurnLock;
  clock: Clock;
  bot: ChannelAccount;
  /** The bot's turn handler; the channel never sees the bot itself. */
  logic: TurnLogic;
}

export interface StartRequest {
  userId?: string;
  userName?: string;
  locale?: string;
}

export interface Grant {
  conversationId: string;
  token: string;
  expiresIn: number;
}

const PAGE_SIZE = 500;

/** What the Direct Line routes do, apart from HTTP: conversations, activities, tokens. */
export class DirectLineService {
  private readonly known = new KnownConversations();

  constructor(private readonly deps: DirectLineServiceDeps) {}

  /** Creates a conversation and tells the bot the member joined, so the bot speaks first. */
  async start(request: StartRequest): Promise<Grant> {
    const { store, lock, adapter, clock, bot, logic, tokens } = this.deps;
    const conversationId = newId();
    const userId = request.userId ?? `dl_${newId()}`;
    await store.createConversation({ id: conversationId, userId, locale: request.locale, createdAt: clock.now() });
    const update = {
      type: ActivityTypes.ConversationUpdate,
      id: newId(),
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: '',
      timestamp: clock.now(),
      conversation: { id: conversationId },
      from: { id: userId, name: request.userName, role: 'user' },
      recipient: bot,
      membersAdded: [{ id: userId, name: request.userName }],
      locale: request.locale,
      channelData: request.locale ? { languagePicked: true } : undefined,
    } as Activity;
    await lock.run(conversationId, () => adapter.processActivity(update, logic));
    const { token, expiresIn } = tokens.issue(conversationId, userId);
    return { conversationId, token, expiresIn };
  }

  /** The conversation a token grants, if it still exists. */
  async resume(claims: TokenClaims, conversationId = claims.conversationId): Promise<Grant> {
    await this.authorize(claims, conversationId);
    const { token, expiresIn } = this.deps.tokens.issue(conversationId, claims.userId);
    return { conversationId, token, expiresIn };
  }

  /** Stores the member's activity (the echo clients wait for), then runs the bot's turn on it. */
  async post(claims: TokenClaims, conversationId: string, incoming: ClientActivity): Promise<string> {
    const { store, events, lock, adapter, clock, bot, logic } = this.deps;
    await this.authorize(claims, conversationId);
    const activity = {
      ...incoming,
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: '',
      timestamp: clock.now(),
      conversation: { id: conversationId },
      from: { ...incoming.from, id: claims.userId, role: 'user' },
      recipient: bot,
    } as Partial<Activity>;
    if (activity.type === ActivityTypes.Typing) {
      events.publish(conversationId, { ephemeral: activity as Activity });
      return '';
    }
    const echo = await store.appendActivity(conversationId, activity);
    events.publish(conversationId, { stored: echo });
    await lock.run(conversationId, () => adapter.processActivity(echo.activity, logic));
    return echo.activity.id!;
  }

  async activitiesAfter(claims: TokenClaims, conversationId: string, watermark: number): Promise<ActivityPage> {
    await this.authorize(claims, conversationId);
    return this.deps.store.activitiesAfter(conversationId, watermark, PAGE_SIZE);
  }

  async authorize(claims: TokenClaims, conversationId: string): Promise<void> {
    if (!this.known.has(conversationId)) {
      if (!(await this.deps.store.getConversation(conversationId))) throw new NotFoundError('Conversation');
      this.known.add(conversationId);
    }
    if (claims.conversationId !== conversationId) throw new ForbiddenError('Token is not for this conversation');
  }
}

function newId(): string {
  return randomBytes(16).toString('base64url');
}
