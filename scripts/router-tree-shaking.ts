import type { Plugin } from 'vite';

const ROUTER = /\/node_modules\/react-router\/dist\/production\//;
/** `Link.displayName = "Link";` on a line of its own. */
const DISPLAY_NAME = /^[\w$]+\.displayName = [^\n;]*;$/gm;
/** react-router's `React$1.forwardRef(…)`, `React$1.createContext(…)` and `React$1.memo(…)`. */
const COMPONENT_CALL = /\bReact\$1\.(?:forwardRef|createContext|memo)\(/g;

/**
 * Lets the bundler drop the parts of react-router the app does not use (its `<Link>`, `<Form>`,
 * `<ScrollRestoration>` and the framework mode's prefetching, about 4 kB gzipped of every page;
 * docs/decisions/0021). They are kept only because each is created by a call the bundler cannot
 * know is pure and then given a `displayName`: a write it must keep. The calls are marked pure, as
 * Babel's react-pure-annotations does, and the names, used only by developer tools, are left out.
 */
export function routerTreeShaking(): Plugin {
  return {
    name: 'verkosto-router-tree-shaking',
    enforce: 'pre',
    transform(code, id) {
      if (!ROUTER.test(id)) return null;
      const out = code.replace(DISPLAY_NAME, '').replace(COMPONENT_CALL, '/* @__PURE__ */ $&');
      return out === code ? null : { code: out, map: null };
    },
  };
}
