import type { WebSocket } from 'ws';
import pino from 'pino';
import type { Activity } from 'botbuilder';
import { StreamConnection } from '../../../src/channels/directline/streamConnection';
import type { ActivityPage } from '../../../src/ports/directLineStore';

const activity = (n: number) => ({ id: `c|${n}`, type: 'message', text: `m${n}` }) as Activity;

/** An in-memory queue and a socket that records frames: enough to watch ordering and gaps. */
function setup(start = 0) {
  const stored: Activity[] = [];
  const frames: Array<{ activities: Activity[]; watermark?: string }> = [];
  let reads = 0;
  const ws = { readyState: 1, OPEN: 1, send: (data: string) => frames.push(JSON.parse(data)) } as unknown as WebSocket;
  const readAfter = async (watermark: number): Promise<ActivityPage> => {
    reads++;
    await new Promise((r) => setImmediate(r));
    const page = stored.slice(watermark);
    return { activities: page, watermark: String(watermark + page.length) };
  };
  const connection = new StreamConnection(ws, readAfter, pino({ level: 'silent' }), start);
  const store = (n: number) => {
    stored.push(activity(n));
    return { stored: { activity: activity(n), watermark: stored.length } };
  };
  const delivered = () => frames.flatMap((f) => f.activities.map((a) => a.id));
  return { connection, store, frames, delivered, reads: () => reads };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('a Direct Line stream connection', () => {
  it('sends the next activity in line straight away, without reading the store again', async () => {
    const s = setup();
    s.connection.pump();
    await settle();
    const readsBefore = s.reads();
    s.connection.onEvent(s.store(1));
    s.connection.onEvent(s.store(2));
    expect(s.delivered()).toEqual(['c|1', 'c|2']);
    expect(s.frames.at(-1)?.watermark).toBe('2');
    expect(s.reads()).toBe(readsBefore);
  });

  it('catches up from the store when it missed an activity, in order and without duplicates', async () => {
    const s = setup();
    s.store(1);
    s.store(2);
    s.connection.onEvent(s.store(3));
    await settle();
    expect(s.delivered()).toEqual(['c|1', 'c|2', 'c|3']);
  });

  it('loses nothing that is stored while it is reading', async () => {
    const s = setup();
    s.store(1);
    s.connection.pump();
    s.connection.onEvent(s.store(2));
    await new Promise((r) => setImmediate(r));
    s.connection.onEvent(s.store(3));
    await settle();
    s.connection.onEvent(s.store(4));
    await settle();
    expect(s.delivered()).toEqual(['c|1', 'c|2', 'c|3', 'c|4']);
  });

  it('passes typing through without a watermark', () => {
    const s = setup();
    s.connection.onEvent({ ephemeral: { type: 'typing' } as Activity });
    expect(s.frames).toEqual([{ activities: [{ type: 'typing' }] }]);
  });
});
