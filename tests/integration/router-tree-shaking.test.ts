import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { routerTreeShaking } from '../../scripts/router-tree-shaking.ts';

const transform = routerTreeShaking().transform as (code: string, id: string) => { code: string } | null;
// The production build, which the browser's bundle uses.
const routerDom = new URL('../../node_modules/react-router/dist/production/lib/dom/lib.js', import.meta.url)
  .pathname;

describe('react-router tree shaking', () => {
  it('marks react-router’s components pure and leaves out their display names, line for line', async () => {
    const code = await readFile(routerDom, 'utf8');
    expect(code).toMatch(/^Link\.displayName = "Link";$/m);
    const out = transform(code, routerDom)?.code ?? '';
    expect(out).not.toMatch(/^[\w$]+\.displayName = /m);
    expect(out).toMatch(/const Link = \/\* @__PURE__ \*\/ React\$1\.forwardRef\(/);
    expect(out).not.toMatch(/(?<!@__PURE__ \*\/ )React\$1\.forwardRef\(/);
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('changes no other module', () => {
    const code = 'Thing.displayName = "Thing";\nconst X = React$1.forwardRef(f);';
    expect(transform(code, '/work/node_modules/suomifi-ui-components/dist/esm/x.js')).toBeNull();
    expect(transform(code, '/work/src/web/app/Header.tsx')).toBeNull();
  });
});
