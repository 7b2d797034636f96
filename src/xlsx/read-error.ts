/** Why a file could not be read as a workbook: a typed kind for programs, a Russian message for people. */
import { CdtoError } from "../core/errors";

export type XlsxReadErrorKind =
  /** Not an .xlsx at all: empty, text, another zip (a .docx, an .ods), a binary .xlsb. */
  | "not-a-workbook"
  /** A password-protected workbook: an encrypted OOXML package inside an OLE compound file. */
  | "encrypted"
  /** An OLE compound file that is not encrypted: an Excel 97–2003 .xls or another old Office document. */
  | "legacy-format"
  /** A zip that cannot be read: truncated, damaged. */
  | "corrupted"
  /** A readable zip whose workbook or sheet XML cannot be parsed. */
  | "malformed"
  /** A file past one of the reader's limits (src/xlsx/limits.ts); `limit` says which. */
  | "too-large";

export type XlsxLimit = "file-bytes" | "package-entries" | "unpacked-bytes" | "workbook-cells";

export class XlsxReadError extends CdtoError {
  constructor(
    readonly kind: XlsxReadErrorKind,
    message: string,
    readonly limit?: XlsxLimit,
    /** What the zip or XML library reported, for a developer; the message is for the user. */
    readonly cause?: unknown,
  ) {
    super("value", message);
    this.name = "XlsxReadError";
  }
}
