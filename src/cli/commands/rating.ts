/**
 * cdto rating <file.xlsx|file.csv> [--out rating.xlsx]: the training rating of a table of bodies, with the
 * recommendations; cdto rating --sample --out rating.xlsx: the 30 bodies of protocol appendix 1.
 */
import { readFileSync } from "fs";
import { basename, extname } from "path";
import { findTableColumns, isComplete, tableRows, type TableColumns } from "../../core/rating/columns";
import { RATING_NAMES, buildRatingSheet, rateBodies, recommend, recommendationLines, type BodyRow } from "../../core/rating";
import { readCell } from "../../core/cell-value";
import { formatNumberRu, labels } from "../../core/errors";
import { parseRange } from "../../core/sheet-model";
import type { WorkbookSnapshot } from "../../xlsx";
import { hasFlag, optionText, parseArgs } from "../args";
import { decodeText, parseCsv } from "../csv";
import { CliError, EXIT, type ExitCode } from "../errors";
import { readWorkbook } from "../files";
import type { Io } from "../io";
import { writeWorkbook } from "../output";
import { renderTable } from "../table";
import { texts } from "../texts";

const options = { out: { value: true }, sample: { value: false }, force: { value: false }, help: { value: false } } as const;

export async function ratingCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseArgs(argv, options, "rating");
  if (hasFlag(parsed, "help")) {
    io.out(texts.help.rating);
    return EXIT.ok;
  }
  const out = optionText(parsed, "out");
  const force = hasFlag(parsed, "force");
  if (hasFlag(parsed, "sample")) {
    if (parsed.positionals.length > 0) throw new CliError("С --sample файл с таблицей не нужен.");
    if (!out) throw new CliError(texts.outNeeded);
    await writeWorkbook(out, [buildRatingSheet({ bodies: "sample" })], force, io);
    return EXIT.ok;
  }
  if (parsed.positionals.length !== 1) throw new CliError(`${texts.tooManyInputs} ${texts.help.rating}`);
  const file = parsed.positionals[0];
  const rows = await bodyRows(file);
  const rating = rateBodies(rows);
  const table = rating.bodies.map((b) => [String(b.sourceRow), b.name, String(b.employees), String(b.trained), `${formatNumberRu(Math.round(b.share * 1000) / 10)} %`, formatNumberRu(b.score), nextText(b.next)]);
  io.out(renderTable([["Строка", "Орган", "Сотрудников", "Обучено", "Доля", "Балл", "Ещё обучить"], ...table], [6, 70]));
  io.out(`\n${recommendationLines(recommend(rating.bodies), rating.problems).map((l) => (l.kind === "section" || l.kind === "empty" ? l.text : `  ${l.text}`)).join("\n")}`);
  if (out) await writeWorkbook(out, [buildRatingSheet({ bodies: rows.map(({ name, employees, trained }) => ({ name, employees, trained })) })], force, io);
  return rating.problems.length > 0 ? EXIT.findings : EXIT.ok;
}

function nextText(next: ReturnType<typeof rateBodies>["bodies"][number]["next"]): string {
  if (next.status === "top") return labels.topBand;
  if (next.status === "unreachable") return labels.unreachable;
  return `${next.extra} (+${formatNumberRu(next.gain)})`;
}

/** The table's rows from a CSV, or from the sheet of a workbook that has the rating's columns. */
async function bodyRows(file: string): Promise<BodyRow[]> {
  const kind = extname(file).toLowerCase();
  if (kind === ".csv" || kind === ".txt") {
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      throw new CliError(`Файл «${file}» не найден.`);
    }
    return rowsOf(parseCsv(decodeText(data)), 0, basename(file));
  }
  const book = await readWorkbook(file);
  return rowsOfWorkbook(book, basename(file));
}

function rowsOfWorkbook(book: WorkbookSnapshot, name: string): BodyRow[] {
  for (const sheet of book.sheets) {
    // Our own sheet names its table exactly; any other sheet is read from its headers.
    const named = sheet.names.find((n) => n.name === RATING_NAMES.table);
    const top = named ? parseRange(named.range).top : 0;
    const values = named ? sheet.values.slice(top, parseRange(named.range).bottom + 1) : sheet.values;
    const found = findTableColumns(values);
    if (isComplete(found.columns)) return bodyRowsOf(values, found, top);
  }
  throw new CliError(`В файле «${name}» не найдена таблица с заголовками органа, количества сотрудников и количества обученных.`);
}

function rowsOf(values: unknown[][], top: number, name: string): BodyRow[] {
  const found = findTableColumns(values);
  if (!isComplete(found.columns)) throw new CliError(`В файле «${name}» не найдены заголовки органа, количества сотрудников и количества обученных.`);
  return bodyRowsOf(values, found, top);
}

/** The rows under the header, down to the first blank row; a totals row («ИТОГО…») is not a body. */
function bodyRowsOf(values: unknown[][], found: TableColumns, top: number): BodyRow[] {
  const rows = tableRows(values, found.headerRow, found.columns as Required<TableColumns["columns"]>, top + 1);
  const end = rows.findIndex((r) => [r.name, r.employees, r.trained].every((v) => readCell(v).kind === "blank"));
  return (end < 0 ? rows : rows.slice(0, end)).filter((r) => !/^\s*итого/i.test(typeof r.name === "string" ? r.name : ""));
}
