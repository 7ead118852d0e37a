/**
 * The layer rules of docs/architecture (renderer → host → core, electron only in electron/),
 * checked on every `npm test`.
 */
const nodeBuiltins = { dependencyTypes: ['core'] };

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core/ runs in the renderer, the host, the CLI and tests alike: no Electron, React, Lexical, Node built-ins, DOM helpers or other layers.',
      severity: 'error',
      from: { path: '^core/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(host|electron|renderer|cli|bench|tests)/|(^|/)node_modules/(electron|react|react-dom|lexical|@lexical)/' },
    },
    {
      name: 'core-has-no-node-builtins',
      severity: 'error',
      from: { path: '^core/', pathNot: '\\.test\\.tsx?$' },
      to: nodeBuiltins,
    },
    {
      name: 'only-electron-imports-electron',
      comment: 'Loading electron outside the desktop shell tries to download the binary; host/ gets what Electron provides by injection.',
      severity: 'error',
      from: { pathNot: '^electron/' },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'renderer-only-through-window-api',
      comment: 'The renderer reaches the host only through window.api.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(host|cli|electron)/' },
    },
    {
      name: 'renderer-has-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '\\.test\\.tsx?$' },
      to: nodeBuiltins,
    },
    {
      name: 'host-and-cli-stay-below-ui',
      severity: 'error',
      from: { path: '^(host|cli)/' },
      to: { path: '^(renderer|electron)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.vite|out)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
