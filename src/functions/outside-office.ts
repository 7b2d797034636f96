/**
 * The functions bundle ends with CustomFunctions.associate(...) calls. Outside Excel (a plain browser, the demo)
 * there is no CustomFunctions runtime: give those calls a harmless registry so the page loads without errors.
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === "undefined") {
  const registered: Record<string, unknown> = {};
  scope.CustomFunctions = {
    associate: (id: string, fn: unknown) => {
      registered[id] = fn;
    },
    registered,
  };
}
