/** The README's table of functions, generated from the functions' metadata (English) and its ru-RU translation. */
const { examples } = require("../src/core/data/function-examples.json");

/** id -> [example as the README writes it, what it gives]: the same examples the pane's «Формулы» tab shows. */
const EXAMPLES = Object.fromEntries(
  Object.entries(examples).map(([id, example]) => [id, [`=CDTO.${id}(${example.arguments.join(";")})`, example.result]]),
);

function functionTable(english, russian) {
  const ru = new Map(russian.functions.map((f) => [f.id, f]));
  const rows = english.functions.map((f) => {
    const r = ru.get(f.id);
    const params = (fn) => fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ");
    const [example, result] = EXAMPLES[f.id] || ["", ""];
    return `| \`CDTO.${f.id}(${params(f)})\` | \`CDTO.${r.name}(${params(r)})\` | ${r.description} | \`${example}\` → ${result} |`;
  });
  return ["| English Excel | Russian Excel | What it gives | Example |", "|---|---|---|---|", ...rows].join("\n");
}

const START = "<!-- functions:start -->";
const END = "<!-- functions:end -->";

function replaceTable(readme, table) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error("README.md has no functions table markers");
  return `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`;
}

module.exports = { functionTable, replaceTable, EXAMPLES };
