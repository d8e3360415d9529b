// Import boundaries, checked by `npm run check` (depcruise). Layers of the web app:
// app → features → components → api → lib → src/shared; a feature never imports another feature,
// so what two features share moves down a layer, and pages that show several features live in app/.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'web-feature-to-feature',
      severity: 'error',
      comment: 'A web feature imports only itself and the shared layers; src/web/app/ composes features.',
      from: { path: '^src/web/features/([^/]+)/' },
      to: { path: '^src/web/features/([^/]+)/', pathNot: '^src/web/features/$1/' },
    },
    {
      name: 'web-shared-layer-to-feature',
      severity: 'error',
      comment: 'components, api and lib are shared by features, so they cannot depend on one.',
      from: { path: '^src/web/(components|api|lib)/' },
      to: { path: '^src/web/(features|app)/' },
    },
    {
      name: 'web-lib-to-upper-layers',
      severity: 'error',
      comment: 'lib holds plain utilities: no components and no endpoint requests.',
      from: { path: '^src/web/lib/' },
      to: { path: '^src/web/(components|api)/' },
    },
    {
      name: 'web-api-to-components',
      severity: 'error',
      comment: 'Request files are data only: fetcher, query options and hook.',
      from: { path: '^src/web/api/' },
      to: { path: '^src/web/components/' },
    },
    {
      name: 'web-to-server',
      severity: 'error',
      comment: 'The browser bundle never includes server code; contracts come from src/shared.',
      from: { path: '^src/web/' },
      to: { path: '^src/(server|cli)/' },
    },
    {
      name: 'shared-to-app-code',
      severity: 'error',
      comment: 'src/shared holds the contracts both sides use; it depends on neither.',
      from: { path: '^src/shared/' },
      to: { path: '^src/(server|web|cli)/' },
    },
    {
      name: 'server-feature-routes-presenters',
      severity: 'error',
      comment: "Routes and presenters are a feature's edge: another feature never builds on them.",
      from: { path: '^src/server/features/([^/]+)/' },
      to: {
        path: '^src/server/features/[^/]+/[^/]+[.](routes|presenter)[.]ts$',
        pathNot: '^src/server/features/$1/',
      },
    },
    {
      name: 'server-feature-internals',
      severity: 'error',
      comment:
        'A server feature uses another through its queries, service and policy only; tables and personal-data parts have rules of their own below.',
      from: { path: '^src/server/features/([^/]+)/' },
      to: {
        path: '^src/server/features/([^/]+)/',
        pathNot: [
          '^src/server/features/$1/',
          '^src/server/features/[^/]+/[^/]+[.](queries|service|policy|tables|personal-data)[.]ts$',
        ],
      },
    },
    {
      name: 'server-feature-tables',
      severity: 'error',
      comment:
        "Another feature's tables are for foreign keys (in *.tables.ts) and joins (in *.queries.ts) only.",
      from: { path: '^src/server/features/([^/]+)/', pathNot: '[.](tables|queries)[.]ts$' },
      to: { path: '^src/server/features/[^/]+/[^/]+[.]tables[.]ts$', pathNot: '^src/server/features/$1/' },
    },
    {
      name: 'server-feature-personal-data',
      severity: 'error',
      comment:
        "A feature's personal-data part is composed by people.service (export, erasure, retention) and read by other parts only.",
      from: {
        path: '^src/server/features/([^/]+)/',
        pathNot: ['^src/server/features/people/people[.]service[.]ts$', '[.]personal-data[.]ts$'],
      },
      to: {
        path: '^src/server/features/[^/]+/[^/]+[.]personal-data[.]ts$',
        pathNot: '^src/server/features/$1/',
      },
    },
    {
      name: 'server-platform-to-feature',
      severity: 'error',
      comment:
        'platform/ is what every feature builds on, so it depends on none; app.ts wires features into it.',
      from: { path: '^src/server/platform/' },
      to: { path: '^src/server/features/' },
    },
    {
      name: 'no-circular-web',
      severity: 'error',
      comment: 'Cycles in the web app hide which module owns what.',
      from: { path: '^src/web/' },
      to: { circular: true },
    },
    {
      name: 'no-circular-server',
      severity: 'error',
      comment: 'A cycle between server modules (types included) means no module owns the idea.',
      from: { path: '^src/server/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    parser: 'swc',
    tsConfig: { fileName: 'src/web/tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
