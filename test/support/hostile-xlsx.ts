/**
 * Hostile .xlsx files, built at test time (no binaries in the repository): a workbook with cells at A1 and
 * XFD1048576, a zip bomb of 1 GB of XML, malformed XML, a zip that is not a workbook, a password-protected file…
 */
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { constants, crc32, deflateRawSync } from "zlib";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A small valid workbook: sheet «Лист1» with 1 in A1 and «текст» in B2. */
export async function plainWorkbook(build?: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  if (build) build(workbook);
  else {
    const sheet = workbook.addWorksheet("Лист1");
    sheet.getCell("A1").value = 1;
    sheet.getCell("B2").value = "текст";
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The workbook with some parts replaced (or added); null removes a part. */
export async function withParts(base: Buffer, parts: Record<string, string | Buffer | null>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  for (const [name, content] of Object.entries(parts)) {
    if (content === null) zip.remove(name);
    else zip.file(name, content);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Sheet XML with the given rows (already XML) and anything after sheetData (merges, validations…). */
export function sheetXml(rows: string, after = "", before = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}">${before}<sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** A zip of arbitrary parts, e.g. a Word document or a bare text file zipped. */
export async function zipOf(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

interface RawEntry {
  name: string;
  /** Stored as is, or the deflated bytes of a part whose sizes are declared below. */
  data: Buffer;
  deflated: boolean;
  crc: number;
  uncompressedSize: number;
}

/**
 * A zip written by hand, so an entry can carry pre-deflated data and any declared size (a zip bomb declares either its
 * true 1 GB or a harmless few bytes).
 */
function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const method = entry.deflated ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** 1 GiB of spaces as one raw deflate stream of about 1 MB: 16 copies of a 64 MiB block, then a final empty block. */
function gigabyteOfSpaces(): Buffer {
  const block = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: 16 }, () => block), deflateRawSync(Buffer.alloc(0))]);
}

export const GIGABYTE = 1024 * 1024 * 1024;

/**
 * A valid small workbook whose part `bombPart` is replaced by 1 GiB of XML-ish spaces. declaredSize is what the zip's
 * headers claim (the true size, or a lie to slip past a check of the headers alone).
 */
export async function zipBomb(bombPart: string, declaredSize = GIGABYTE): Promise<Buffer> {
  const base = await JSZip.loadAsync(await plainWorkbook());
  const entries: RawEntry[] = [];
  for (const file of Object.values(base.files)) {
    if (file.dir || file.name === bombPart) continue;
    const data = await file.async("nodebuffer");
    entries.push({ name: file.name, data, deflated: false, crc: crc32(data), uncompressedSize: data.length });
  }
  entries.push({ name: bombPart, data: gigabyteOfSpaces(), deflated: true, crc: 0, uncompressedSize: declaredSize });
  return rawZip(entries);
}

/**
 * The start of an OLE compound file (the container of an encrypted .xlsx and of an old .xls) with the directory entry
 * names a real one holds, in UTF-16 as the format stores them.
 */
export function compoundFile(streamNames: string[]): Buffer {
  const file = Buffer.alloc(4096);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(file, 0);
  streamNames.forEach((name, i) => Buffer.from(name, "utf16le").copy(file, 1024 + i * 128));
  return file;
}

/** The workbook with one more defined name, written into its workbook part as text (exceljs would expand it). */
export async function withDefinedName(base: Buffer, name: string, reference: string, localSheetId?: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  const part = zip.file("xl/workbook.xml");
  if (!part) throw new Error("no workbook part");
  const scope = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
  const definedName = `<definedName name="${name}"${scope}>${reference}</definedName>`;
  const xml = await part.async("string");
  const edited = xml.includes("<definedNames>")
    ? xml.replace("<definedNames>", `<definedNames>${definedName}`)
    : xml.replace("</sheets>", `</sheets><definedNames>${definedName}</definedNames>`);
  zip.file("xl/workbook.xml", edited);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
