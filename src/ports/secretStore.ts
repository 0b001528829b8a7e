/** Keeps generated secrets (such as the Direct Line token key) so they survive a restart. */
export interface SecretStore {
  getOrCreate(name: string, generate: () => string): Promise<string>;
}
