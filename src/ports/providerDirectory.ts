import type { Specialty } from '../domain/intents';
import type { Provider } from '../domain/provider';

/** The plan's providers members can book with. */
export interface ProviderDirectory {
  find(id: string): Promise<Provider | undefined>;
  bySpecialty(specialty: Specialty): Promise<Provider[]>;
  /** Adds or replaces providers (demo data, or a feed from the plan's systems). */
  save(providers: Provider[]): Promise<void>;
}
