import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/** `styled.div` or `styled(Link)`, just before its template (and type arguments, if any). */
const STYLED = /\bstyled(?:\.[a-z][a-z0-9]*|\([A-Za-z_$][\w$.]*\))(?=\s*(?:<[^`;]*>)?\s*`)/g;

/**
 * Gives every styled component of the app a stable id from its file and place in it, as
 * styled-components' Babel plugin does. Without it an id counts components in the order their
 * modules ran, which differs between the server renderer and the browser's lazily loaded pages, so
 * the class names would differ and hydration would not match.
 */
export function styledIds(root: string): Plugin {
  return {
    name: 'verkosto-styled-ids',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/web\/.*\.tsx?$/.test(id) || !code.includes('styled')) return null;
      const file = createHash('sha256').update(relative(root, id)).digest('hex').slice(0, 8);
      let n = 0;
      const out = code.replace(STYLED, (match) => `${match}.withConfig({ componentId: 'v${file}-${n++}' })`);
      return n === 0 ? null : { code: out, map: null };
    },
  };
}
