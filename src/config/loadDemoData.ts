import { join } from 'node:path';
import type { Stores } from '../ports/stores';
import type { Logger } from '../ports/logger';
import { loadDemoMembers } from './loadDemoMembers';
import { loadDemoSchedule } from './loadDemoSchedule';
import { loadDemoAgents } from './loadDemoAgents';

/** DEMO_DATA: the demo members (into an empty store), console accounts, providers, and open slots from today on. */
export async function loadDemoData(stores: Stores, root: string, options: { now: Date; timeZone: string }, logger: Logger): Promise<void> {
  await loadDemoMembers(stores.members, join(root, 'data', 'demo-members.json'), logger);
  await loadDemoAgents(stores.agents, join(root, 'data', 'demo-agents.json'), logger);
  await loadDemoSchedule(stores.providers, stores.appointments, { providersPath: join(root, 'data', 'demo-providers.json'), ...options }, logger);
}
