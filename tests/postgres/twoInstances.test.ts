/**
 * SPEC §12 acceptance: two instances on one PostgreSQL, 200 conversations at once whose requests
 * alternate between the instances; every reply delivered exactly once, no slot booked twice.
 */
import pg from 'pg';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { loadConfig } from '../../src/config/loadConfig';
import { DirectLineClient, type DirectLineConversation } from '../helpers/directLineClient';
import { FixedClock } from '../helpers/fixedClock';
import { freshSchema } from '../helpers/postgres';
import { t } from '../helpers/localeText';
import demoMembers from '../../data/demo-members.json';

jest.setTimeout(300_000);

const CONVERSATIONS = Number(process.env.TWO_INSTANCE_CONVERSATIONS ?? 200);

interface StoredActivity {
  id: string;
  type: string;
  text?: string;
  replyToId?: string;
  from: { role?: string };
}

let schema: Awaited<ReturnType<typeof freshSchema>>;
let instances: RunningCarebridge[];

beforeAll(async () => {
  schema = await freshSchema('two');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: schema.url });
  // Monday 30 November 2026, 9:00 in Springfield, on both instances.
  instances = await Promise.all([0, 1].map(() => startCarebridge(config, { clock: new FixedClock('2026-11-30T15:00:00.000Z') })));
}, 120_000);

afterAll(async () => {
  await Promise.all((instances ?? []).map((i) => i.close()));
  await schema?.drop();
});

/** All of a conversation's activities, read page by page from one instance. */
async function transcript(conversation: DirectLineConversation): Promise<StoredActivity[]> {
  const all: StoredActivity[] = [];
  let watermark: string | undefined;
  for (;;) {
    const page = await conversation.activities(watermark);
    all.push(...(page.activities as StoredActivity[]));
    if (page.activities.length === 0 || page.watermark === watermark) return all;
    watermark = page.watermark;
  }
}

/** A member asks for a visit with their own doctor next week; when someone else got the time first, they take the next one. */
async function bookAVisit(index: number, clients: DirectLineClient[]): Promise<{ conversations: DirectLineConversation[]; booked: boolean; toldTaken: boolean }> {
  const member = demoMembers[index % demoMembers.length];
  const first = await clients[index % 2].startConversation();
  // The same conversation seen through each instance: the token from one is good on the other.
  const views = clients.map((client) => Object.assign(Object.create(Object.getPrototypeOf(first)) as DirectLineConversation, first, { client }));
  let turn = 0;
  const say = async (text: string) => {
    const via = views[(index + turn++) % 2];
    await via.say(text);
    const replies = (await transcript(views[(index + turn) % 2])).filter((a) => a.from.role !== 'user' && a.type === 'message');
    return replies.at(-1)?.text ?? '';
  };
  await say('1'); // English, from the first-contact language menu
  await say('I need to see my doctor next week');
  await say(member.id);
  await say(member.birthDate);
  let toldTaken = false;
  for (let attempt = 0; attempt < 4; attempt++) {
    await say('1');
    const answer = await say('yes');
    if (answer.includes(t('en', 'appointments:booked'))) return { conversations: views, booked: true, toldTaken };
    toldTaken ||= (await transcript(views[0])).some((a) => a.text?.includes(t('en', 'appointments:taken')));
  }
  return { conversations: views, booked: false, toldTaken };
}

test('200 conversations alternating between two instances: every reply exactly once, no slot booked twice', async () => {
  const clients = instances.map((i) => new DirectLineClient(i.url));
  const results = await Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => bookAVisit(i, clients)));

  if (process.env.TWO_INSTANCE_DEBUG) for (const a of await transcript(results[0].conversations[0])) process.stderr.write(`${a.from.role}: ${a.text}\n`);
  let memberMessages = 0;
  for (const { conversations } of results) {
    const activities = await transcript(conversations[0]);
    const ids = activities.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Numbered 1, 2, 3… in the shared queue: nothing lost, nothing written twice.
    expect(ids.map((id) => Number(id.split('|').at(-1)))).toEqual(ids.map((_, n) => n + 1));
    const fromMember = activities.filter((a) => a.from.role === 'user');
    memberMessages += fromMember.length;
    for (const message of fromMember) {
      const replies = activities.filter((a) => a.replyToId === message.id && a.type === 'message').map((a) => a.text);
      expect(replies.length).toBeGreaterThan(0);
      expect(new Set(replies).size).toBe(replies.length);
    }
  }
  expect(memberMessages).toBeGreaterThanOrEqual(CONVERSATIONS * 6);

  const db = new pg.Client({ connectionString: schema.url });
  await db.connect();
  const doubled = await db.query(`SELECT slot_id FROM appointments WHERE status = 'booked' GROUP BY slot_id HAVING COUNT(*) > 1`);
  const booked = await db.query<{ n: string }>(`SELECT COUNT(*) AS n FROM appointments WHERE status = 'booked'`);
  await db.end();
  expect(doubled.rows).toEqual([]);
  expect(Number(booked.rows[0].n)).toBe(results.filter((r) => r.booked).length);
  // Members of the same doctor raced for the same first times: the others were told so and offered the next ones.
  expect(results.filter((r) => r.booked).length).toBeGreaterThan(0);
  for (const result of results.filter((r) => !r.booked)) expect(result.toldTaken).toBe(true);
});

test("a reply made on one instance reaches a stream open on the other (LISTEN/NOTIFY)", async () => {
  const [a, b] = instances.map((i) => new DirectLineClient(i.url));
  const onA = await a.startConversation();
  const onB = Object.assign(Object.create(Object.getPrototypeOf(onA)) as DirectLineConversation, onA, { client: b });
  const socket = await onA.connect();
  await onB.say('hello');
  const menu = t('en', 'mainMenu.prompt');
  const deadline = Date.now() + 15_000;
  while (!socket.received.some((a) => a.from.role !== 'user' && a.text?.includes(menu)) && Date.now() < deadline) {
    await socket.nextActivities(1, 1000).catch(() => []);
  }
  expect(socket.received.some((activity) => activity.from.role !== 'user' && activity.text?.includes(menu))).toBe(true);
  await a.closeSockets();
});
