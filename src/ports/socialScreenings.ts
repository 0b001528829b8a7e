import type { Screening } from '../domain/socialNeeds';

/** Social-needs answers as flags on the member (a verified member's id, or the person writing when not verified). */
export interface SocialScreenings {
  get(subject: string): Promise<Screening | undefined>;
  save(subject: string, screening: Screening): Promise<void>;
}
