import type { Feedback } from '../domain/feedback';

/** Survey answers, kept with channel, language and handoff reason. */
export interface FeedbackStore {
  record(feedback: Feedback): Promise<void>;
  list(since: Date): Promise<Feedback[]>;
}
