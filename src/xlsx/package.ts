/**
 * The zip of an .xlsx, checked before exceljs sees it: what kind of file it is, how many parts it has, and the parts
 * a snapshot needs, inflated within MAX_UNPACKED_BYTES whatever sizes the zip declares. exceljs then gets a new zip
 * of just those parts: drawings, comments, tables, themes and media are never inflated.
 */
import JSZip from "jszip";
import { fileMessages } from "../core/errors";
import { MAX_FILE_BYTES, MAX_PACKAGE_ENTRIES, MAX_UNPACKED_BYTES } from "./limits";
import { XlsxReadError } from "./read-error";

/** An OLE compound file: what Excel writes for a password-protected workbook and for an old .xls. */
const CFB_MAGIC = Buffer.from("d0cf11e0a1b11ae1", "hex");
/** The stream an encrypted OOXML package keeps inside the compound file (names are UTF-16). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const ZIP_MAGIC = Buffer.from("PK");

/** End of central directory: signature, then the total number of entries at offset 10; a comment may follow. */
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP_COMMENT_MAX = 0xffff;
/** The entry count of a ZIP64 archive lives elsewhere; jszip counts it after loading. */
const ZIP64_COUNT = 0xffff;

const WORKBOOK_PART = "xl/workbook.xml";
/** The parts exceljs reads for a snapshot: package and workbook relations, workbook, shared strings, styles, sheets. */
const NEEDED_PART = /^(?:_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

/** The workbook's needed parts as a new, uncompressed zip for exceljs; throws XlsxReadError for anything else. */
export async function unpackWorkbook(bytes: Buffer): Promise<Buffer> {
  checkKind(bytes);
  const zip = await openZip(bytes);
  const entries = Object.values(zip.files).filter((file) => !file.dir);
  if (entries.length > MAX_PACKAGE_ENTRIES) throw tooManyEntries(entries.length);
  // exceljs drops a leading "/" of a part name; so do we.
  const parts = new Map(entries.map((file) => [file.name.replace(/^\//, ""), file]));
  if (!parts.has(WORKBOOK_PART)) throw notAWorkbook(parts);
  const budget = { left: MAX_UNPACKED_BYTES };
  const out = new JSZip();
  for (const [name, file] of parts) {
    if (NEEDED_PART.test(name)) out.file(name, await inflate(file, name, budget));
  }
  return out.generateAsync({ type: "nodebuffer", compression: "STORE" });
}

function checkKind(bytes: Buffer): void {
  if (bytes.length === 0) throw new XlsxReadError("not-a-workbook", fileMessages.empty());
  if (startsWith(bytes, CFB_MAGIC)) {
    throw bytes.includes(ENCRYPTED_PACKAGE)
      ? new XlsxReadError("encrypted", fileMessages.encrypted())
      : new XlsxReadError("legacy-format", fileMessages.legacyFormat());
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new XlsxReadError("not-a-workbook", fileMessages.notAWorkbook());
  if (bytes.length > MAX_FILE_BYTES) {
    throw new XlsxReadError("too-large", fileMessages.fileTooLarge(bytes.length, MAX_FILE_BYTES), "file-bytes");
  }
  const count = declaredEntryCount(bytes);
  if (count === undefined) throw corrupted();
  if (count !== ZIP64_COUNT && count > MAX_PACKAGE_ENTRIES) throw tooManyEntries(count);
}

function startsWith(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

/** The entry count the end record declares, read before jszip builds an object per entry; undefined when truncated. */
function declaredEntryCount(bytes: Buffer): number | undefined {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - ZIP_COMMENT_MAX);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return bytes.readUInt16LE(at + 10);
  }
  return undefined;
}

async function openZip(bytes: Buffer): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw corrupted(error);
  }
}

/** Inflates one part, stopping as soon as all parts together pass the budget (a zip bomb declares small sizes). */
function inflate(file: JSZip.JSZipObject, name: string, budget: { left: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const stream = file.nodeStream("nodebuffer");
    const fail = (error: XlsxReadError) => {
      if (settled) return;
      settled = true;
      stream.removeAllListeners("data");
      stream.pause();
      reject(error);
    };
    stream.on("data", (chunk: Buffer) => {
      budget.left -= chunk.length;
      if (budget.left < 0) fail(new XlsxReadError("too-large", fileMessages.unpackedTooLarge(name, MAX_UNPACKED_BYTES), "unpacked-bytes"));
      else chunks.push(chunk);
    });
    stream.on("error", (error) => fail(corrupted(error)));
    stream.on("end", () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
  });
}

function notAWorkbook(parts: ReadonlyMap<string, unknown>): XlsxReadError {
  const message = parts.has("xl/workbook.bin")
    ? fileMessages.binaryWorkbook()
    : parts.has("mimetype") && parts.has("content.xml")
      ? fileMessages.openDocument()
      : fileMessages.otherZip();
  return new XlsxReadError("not-a-workbook", message);
}

function tooManyEntries(count: number): XlsxReadError {
  return new XlsxReadError("too-large", fileMessages.tooManyEntries(count, MAX_PACKAGE_ENTRIES), "package-entries");
}

function corrupted(cause?: unknown): XlsxReadError {
  return new XlsxReadError("corrupted", fileMessages.corrupted(), undefined, cause);
}
