import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { providerSchema, type Provider } from '../domain/provider';
import type { Slot } from '../domain/appointment';
import { ConfigError } from '../domain/errors';
import { addDays, isWeekday, localDay, zonedInstant } from '../domain/zonedTime';
import type { ProviderDirectory } from '../ports/providerDirectory';
import type { AppointmentStore } from '../ports/appointmentStore';
import type { Logger } from '../ports/logger';

/** How far ahead the demo schedule reaches, and the office hours of every demo provider. */
const DAYS_AHEAD = 28;
const FIRST_SLOT_MINUTES = 9 * 60;
const LAST_SLOT_MINUTES = 16 * 60;
const SLOT_MINUTES = 30;

export interface DemoScheduleOptions {
  providersPath: string;
  now: Date;
  timeZone: string;
}

/**
 * Loads the demo providers and opens their slots for the next four weeks from today, on
 * weekdays in office hours, about two in three of them free (the rest look taken, as real
 * calendars do). Run at every start: slots already there are left alone.
 */
export async function loadDemoSchedule(directory: ProviderDirectory, appointments: AppointmentStore, options: DemoScheduleOptions, logger: Logger): Promise<void> {
  const parsed = z.array(providerSchema).safeParse(JSON.parse(readFileSync(options.providersPath, 'utf8')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `demo providers (${options.providersPath}) ${i.path.join('.')}: ${i.message}`));
  }
  await directory.save(parsed.data);
  const slots = demoSlots(parsed.data, options.now, options.timeZone);
  const added = await appointments.addSlots(slots);
  logger.info({ providers: parsed.data.length, slotsAdded: added }, 'demo schedule loaded');
}

/** The demo providers' slots from tomorrow on; the same providers and days always give the same slots. */
export function demoSlots(providers: Provider[], now: Date, timeZone: string): Slot[] {
  const today = localDay(now, timeZone);
  const slots: Slot[] = [];
  for (let offset = 1; offset <= DAYS_AHEAD; offset++) {
    const day = addDays(today, offset);
    if (!isWeekday(day)) continue;
    for (const provider of providers) {
      for (let minutes = FIRST_SLOT_MINUTES; minutes < LAST_SLOT_MINUTES; minutes += SLOT_MINUTES) {
        const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const id = `${provider.id}@${day}T${hhmm}`;
        if (looksTaken(id)) continue;
        slots.push({ id, providerId: provider.id, startsAt: zonedInstant(day, hhmm, timeZone), minutes: SLOT_MINUTES });
      }
    }
  }
  return slots;
}

function looksTaken(slotId: string): boolean {
  return createHash('sha1').update(slotId).digest()[0] % 3 === 0;
}
