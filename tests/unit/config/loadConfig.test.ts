import { loadConfig } from '../../../src/config/loadConfig';
import { ConfigError } from '../../../src/domain/errors';
import { loadPlan } from '../../../src/config/loadPlan';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('configuration', () => {
  it('runs on embedded defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3978);
    expect(config.DATABASE_URL).toEqual({ kind: 'sqlite', path: './var/carebridge.sqlite' });
    expect(config.DEMO_DATA).toBe(true);
  });

  it('chooses PostgreSQL by the URL scheme', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://127.0.0.1/test' }).DATABASE_URL).toEqual({ kind: 'postgres', url: 'postgres://127.0.0.1/test' });
  });

  it('names every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DEMO_DATA: 'maybe', ADMIN_TOKEN: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'DEMO_DATA', 'ADMIN_TOKEN']) expect(message).toContain(name);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PUBLIC_URL: '', PORT: '' }).PORT).toBe(3978);
  });
});

describe('the plan file', () => {
  const write = (content: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'plan-')), 'plan.json');
    writeFileSync(file, content);
    return file;
  };

  it('loads the demo plan', () => {
    expect(loadPlan(join(__dirname, '../../../data/demo-plan.json')).memberServices.phone).toMatch(/\d/);
  });

  it('stops the start with the name of a broken field', () => {
    const file = write(JSON.stringify({ id: 'p', name: 'P', memberServices: { phone: '1-800-555-0100', open: '8am', close: '20:00', timeZone: 'Mars/Base' } }));
    expect(() => loadPlan(file)).toThrow(/memberServices\.open[\s\S]*memberServices\.timeZone/);
  });

  it('says when the file is not JSON', () => {
    expect(() => loadPlan(write('{ not json'))).toThrow(/PLAN_FILE/);
  });
});
