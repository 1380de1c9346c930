/**
 * The engine is loaded on first use, not with the first screen: the pane opens on the template form
 * and the check code (rules, catalog) arrives in its own chunk while the user reads it.
 */
export function loadChecks(): Promise<typeof import('../domain/checks/checkWorkbook')> {
  return import(/* webpackChunkName: "checks" */ '../domain/checks/checkWorkbook');
}

export function loadTemplates(): Promise<typeof import('../domain/template/templateLayouts')> {
  return import(/* webpackChunkName: "templates" */ '../domain/template/templateLayouts');
}
