import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/ARCHITECTURE.md, "A server feature": every feature folder has the same files, so the next
// feature is written the same way and a reader finds each rule where the others keep theirs.
const FEATURES = import.meta.dirname;
const COMMON_FILES = [
  'tables',
  'queries',
  'policy',
  'service',
  'presenter',
  'routes',
  'personal-data',
  'test',
];

const features = readdirSync(FEATURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('the shape of a server feature', () => {
  it('finds the features', () => {
    expect(features).toEqual(expect.arrayContaining(['events', 'live', 'networks', 'outreach', 'people']));
  });

  it.each(features)('%s has the common files', (name) => {
    const missing = COMMON_FILES.map((part) => `${name}.${part}.ts`).filter(
      (file) => !existsSync(join(FEATURES, name, file)),
    );
    expect(missing).toEqual([]);
  });

  it.each(features)('%s proves its tenant scoping when it holds network data', (name) => {
    const tables = readFileSync(join(FEATURES, name, `${name}.tables.ts`), 'utf8');
    if (!tables.includes("'network_id'")) return;
    expect(existsSync(join(FEATURES, name, `${name}.tenancy.test.ts`))).toBe(true);
  });
});
