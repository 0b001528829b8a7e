import { handoffSchema, type Handoff } from './handoff';

/** A handoff as stored (JSON: dates as ISO strings), and back; the schema checks what comes back. */
export function handoffToJson(handoff: Handoff): string {
  return JSON.stringify(handoff);
}

export function handoffFromJson(json: string | object): Handoff {
  const raw = (typeof json === 'string' ? JSON.parse(json) : json) as Record<string, unknown> & { packet: { transcript: Array<{ at: string }> } };
  const date = (value: unknown) => (typeof value === 'string' ? new Date(value) : value);
  return handoffSchema.parse({
    ...raw,
    createdAt: date(raw.createdAt),
    offeredUntil: date(raw.offeredUntil),
    acceptedAt: date(raw.acceptedAt),
    endedAt: date(raw.endedAt),
    packet: { ...raw.packet, transcript: raw.packet.transcript.map((line) => ({ ...line, at: new Date(line.at) })) },
  });
}
