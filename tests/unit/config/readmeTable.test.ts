import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema } from '../../../src/config/configSchema';

describe('the README configuration table', () => {
  it('lists exactly the variables the app reads', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Architecture'));
    const documented = [...table.matchAll(/^\| `([A-Za-z_]+)` \|/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(Object.keys(configSchema.shape).sort());
  });
});
