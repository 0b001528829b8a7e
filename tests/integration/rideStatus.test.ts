import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCarebridge, type RunningCarebridge } from '../../src/main';
import { loadConfig } from '../../src/config/loadConfig';

/** Each test starts the whole app (NLU training included); a busy CI machine needs more than jest's 5 s. */
jest.setTimeout(30_000);

const ADMIN_TOKEN = 'transport-company-token-0123';
let dir: string;
let app: RunningCarebridge;
let confirmation: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'carebridge-ride-status-'));
  app = await startCarebridge(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ADMIN_TOKEN, DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}` }));
  const place = { street: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' };
  const ride = await app.stores.rides.book(
    { memberId: 'M10000001', pickup: place, destination: place, visitAt: new Date('2026-12-20T16:00:00Z'), pickupAt: new Date('2026-12-20T15:00:00Z'), mobility: 'walks', escort: false, trip: 'oneWay', miles: 1, requestKey: 'status-route-test' },
    new Date(),
  );
  confirmation = ride.confirmation;
}, 60_000);

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const put = (path: string, body: unknown, token?: string) =>
  fetch(`${app.url}${path}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

describe("the transport company's ride status updates", () => {
  it('refuses an update without the admin token (401)', async () => {
    expect((await put(`/api/rides/${confirmation}/status`, { status: 'onTheWay' })).status).toBe(401);
  });

  it('refuses an unknown status (400) and an unknown ride (404)', async () => {
    expect((await put(`/api/rides/${confirmation}/status`, { status: 'teleported' }, ADMIN_TOKEN)).status).toBe(400);
    expect((await put('/api/rides/R222222/status', { status: 'onTheWay' }, ADMIN_TOKEN)).status).toBe(404);
  });

  it('records "on the way", which the member then hears when asking where the ride is', async () => {
    const res = await put(`/api/rides/${confirmation}/status`, { status: 'onTheWay' }, ADMIN_TOKEN);
    expect(res.status).toBe(200);
    await expect(res.json()).resolves.toEqual({ confirmation, status: 'onTheWay' });
    expect((await app.stores.rides.find(confirmation))?.status).toBe('onTheWay');
  });
});
