/**
 * A CSV table as people export it from Excel in Russia: «;» as the separator (or «,», or a tab), UTF-8 with or without
 * a BOM, or Windows-1251; quoted cells with «""» and line breaks inside. Cells stay text: the readers parse numbers.
 */
import { CliError } from "./errors";

export function decodeText(data: Buffer): string {
  if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return data.subarray(3).toString("utf8");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return new TextDecoder("windows-1251").decode(data);
  }
}

export function parseCsv(text: string): string[][] {
  const separator = guessSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"' && cell === "") quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      [row, cell] = [[], ""];
    } else cell += ch;
  }
  if (quoted) throw new CliError("В CSV-файле не закрыта кавычка: проверьте, что файл сохранён целиком.");
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

/** The separator used most in the first line, outside quotes. */
function guessSeparator(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"(?:[^"]|"")*"/g, "");
  const counts = [";", ",", "\t"].map((s) => [s, firstLine.split(s).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ";";
}
