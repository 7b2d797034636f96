/** The source files whose JSDoc is the custom functions' metadata; the build and the tests read the same list. */
const FUNCTION_FILES = ["./src/functions/training.ts", "./src/functions/maturity.ts", "./src/functions/catalog.ts", "./src/functions/facts.ts"];

module.exports = { FUNCTION_FILES };
