import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const resultsDir = join(repoRoot, 'bench', 'results');
