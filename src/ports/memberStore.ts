import type { Member } from '../domain/member';

/** The plan's members, as the assistant may read them after identity verification. */
export interface MemberStore {
  findById(id: string): Promise<Member | undefined>;
  findByPhone(phone: string): Promise<Member | undefined>;
  count(): Promise<number>;
  /** Adds or replaces members (demo data, or a feed from the plan's systems). */
  save(members: Member[]): Promise<void>;
}
