/** The text of a PDF, page by page, as pdftotext (Debian's poppler-utils) reads it. */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export function pdfPages(pdf: Buffer): string[] {
  const program = process.env.PDFTOTEXT_PATH || "pdftotext";
  const dir = mkdtempSync(join(tmpdir(), "pdf-text-"));
  try {
    const file = join(dir, "print.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync(program, ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    // pdftotext ends every page with a form feed.
    return text.split("\f").slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
