#!/usr/bin/env node
// npm and npx put the project's Node 24 (the `node` package) first on PATH, which runs TypeScript directly.
import '../src/cli/verkosto.ts';
