/**
 * The graphology layout packages are CommonJS with `export default` typings. The repository's
 * tsconfig (NodeNext) types a default import of them as the module object, while Vite hands
 * over the function itself; this unwraps either, typed as the default export.
 */
export function defaultExport<M extends { default: unknown }>(mod: M): M['default'] {
  return ((mod as { default?: unknown }).default ?? mod) as M['default'];
}
