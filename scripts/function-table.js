/** The README's table of functions, generated from the functions' metadata (English) and its ru-RU translation. */
const EXAMPLES = {
  SCORE: ["=CDTO.SCORE(90;5)", "1,5"],
  NEXTBAND: ["=CDTO.NEXTBAND(90;5)", "4"],
  NEXTBANDGAIN: ["=CDTO.NEXTBANDGAIN(90;5)", "0,5"],
  CZAVG: ["=CDTO.CZAVG(C7;C9;C11)", "среднее, без пустых и «x»"],
  CZTARGET: ["=CDTO.CZTARGET(2022)", "33 %"],
  TARGET: ['=CDTO.TARGET("7.1";1;2022)', "18 %"],
  GAP: ['=CDTO.GAP(15%;"7.1";1;2022)', "−3 % (на 3 п.п. ниже цели 18 %)"],
  INDICATORS: ['=CDTO.INDICATORS("Образование и наука")', "таблица показателей"],
};

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
