/** Writing a generated workbook: never over an existing file unless asked (--force). */
import { existsSync, writeFileSync } from "fs";
import type { SheetModel } from "../core/sheet-model";
import { writeXlsx } from "../xlsx";
import { CliError } from "./errors";
import type { Io } from "./io";
import { texts } from "./texts";

export async function writeWorkbook(file: string, models: SheetModel[], force: boolean, io: Io): Promise<void> {
  if (!/\.xlsx$/i.test(file)) throw new CliError(`Файл «${file}» должен быть .xlsx.`);
  if (existsSync(file) && !force) throw new CliError(texts.exists(file));
  const data = await writeXlsx(models);
  try {
    writeFileSync(file, data);
  } catch (error) {
    throw new CliError(`Не удалось записать «${file}»: ${error instanceof Error ? error.message : String(error)}.`);
  }
  // A hidden sheet (the stored edition) is not one the user asked for.
  io.out(texts.written(file, models.filter((m) => !m.visibility).map((m) => m.name)));
}

/** A file name from a sheet name: characters Windows refuses are replaced. */
export function fileNameFor(sheetName: string): string {
  return `${sheetName.replace(/[\\/:*?"<>|]/g, "_")}.xlsx`;
}
