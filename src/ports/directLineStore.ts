import type { Activity } from 'botbuilder';

/** A Direct Line conversation as the built-in channel keeps it. */
export interface DirectLineConversation {
  id: string;
  userId: string;
  locale?: string;
  createdAt: Date;
}

export interface StoredActivity {
  activity: Activity;
  /** The position of this activity in its conversation: the watermark right after it. */
  watermark: number;
}

export interface ActivityPage {
  activities: Activity[];
  /** Opaque to clients: the position of the last activity returned. */
  watermark: string;
}

/**
 * The durable activity queue behind the built-in Direct Line channel. Activities are numbered per
 * conversation; replaying from a watermark returns exactly what came after it.
 */
export interface DirectLineStore {
  createConversation(conversation: DirectLineConversation): Promise<void>;
  getConversation(id: string): Promise<DirectLineConversation | undefined>;
  /** Stores the activity with the next number of its conversation, setting its `id`. */
  appendActivity(conversationId: string, activity: Partial<Activity>): Promise<StoredActivity>;
  activitiesAfter(conversationId: string, watermark: number, limit: number): Promise<ActivityPage>;
}

/** Activity ids follow Azure's shape: `<conversationId>|<7-digit sequence>`, whatever the store. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}
