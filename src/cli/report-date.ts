/** The reporting date of `--as-of`: «31.12.2026» as people write it, or «2026-12-31»; a real calendar day only. */
import { CliError } from "./errors";

export function reportDate(text: string): Date {
  const trimmed = text.trim();
  const russian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [day, month, year] = russian ? [russian[1], russian[2], russian[3]] : iso ? [iso[3], iso[2], iso[1]] : [];
  if (day === undefined || month === undefined || year === undefined) throw new CliError(`Дата отчёта «${text}» не понята: укажите её как 31.12.2026 или 2026-12-31.`);
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  if (date.getDate() !== Number(day) || date.getMonth() !== Number(month) - 1) throw new CliError(`Дата отчёта «${text}»: такого дня нет.`);
  return date;
}
