/**
 * Instance annotations Graph adds beside a resource's properties (`@odata.context`, `columns@odata.context`,
 * `@microsoft.graph.originalSourceMembershipUrl`), which Microsoft's types leave out.
 */
export type ODataAnnotations = { [annotation: `@odata.${string}` | `${string}@odata.${string}` | `@microsoft.graph.${string}`]: unknown };
