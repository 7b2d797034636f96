/**
 * Chart parts for an .xlsx written by exceljs, which writes none: for each ChartModel a DrawingML chart
 * (xl/charts/chartN.xml) in a drawing anchored between two cells (xl/drawings/drawingN.xml), tied to its sheet by
 * relationships and declared in [Content_Types].xml. The series refer to the sheet's cells, so Excel, LibreOffice and
 * Р7 draw them from the values (and follow edits); there is no cached copy to go stale.
 */
import JSZip from "jszip";
import { columnLetter, parseRange } from "../core/sheet-model";
import type { ChartModel, SheetModel } from "../core/sheet-model";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  drawingRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chartRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  chartType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawingType: "application/vnd.openxmlformats-officedocument.drawing+xml",
};

/** Colours of the series after the regional line (which is dark and dashed). */
const PALETTE = ["2E75B6", "C55A11", "548235", "7030A0", "BF9000", "C00000", "00B0F0", "FF66CC", "7F6000", "002060", "A9D18E", "F4B183"];

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export async function addCharts(data: Buffer, models: readonly SheetModel[]): Promise<Buffer> {
  if (!models.some((m) => (m.charts ?? []).length > 0)) return data;
  const zip = await JSZip.loadAsync(data);
  let chartNumber = 0;
  let drawingNumber = 0;
  const overrides: string[] = [];
  for (const [index, model] of models.entries()) {
    const charts = model.charts ?? [];
    if (charts.length === 0) continue;
    const drawing = ++drawingNumber;
    const anchors = charts.map((chart, i) => {
      const number = ++chartNumber;
      zip.file(`xl/charts/chart${number}.xml`, chartXml(model.name, chart));
      overrides.push(`<Override PartName="/xl/charts/chart${number}.xml" ContentType="${NS.chartType}"/>`);
      return { chart, rel: `rId${i + 1}`, target: `../charts/chart${number}.xml`, id: i + 2 };
    });
    zip.file(`xl/drawings/drawing${drawing}.xml`, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawing}.xml.rels`, rels(anchors.map((a) => ({ id: a.rel, type: NS.chartRel, target: a.target }))));
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${NS.drawingType}"/>`);
    await attachDrawing(zip, index + 1, `../drawings/drawing${drawing}.xml`);
  }
  const typesFile = zip.file("[Content_Types].xml");
  if (!typesFile) throw new Error("exceljs wrote no [Content_Types].xml");
  const types = await typesFile.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The sheet's relationship to its drawing, and the <drawing> element where the schema wants it. */
async function attachDrawing(zip: JSZip, sheetNumber: number, target: string): Promise<void> {
  const sheetPath = `xl/worksheets/sheet${sheetNumber}.xml`;
  const relsPath = `xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`;
  const sheetFile = zip.file(sheetPath);
  if (!sheetFile) throw new Error(`exceljs wrote no ${sheetPath}`);
  const existing = await zip.file(relsPath)?.async("string");
  const ids = [...(existing ?? "").matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  const relationship = `<Relationship Id="${id}" Type="${NS.drawingRel}" Target="${target}"/>`;
  zip.file(relsPath, existing ? existing.replace("</Relationships>", `${relationship}</Relationships>`) : rels([{ id, type: NS.drawingRel, target }]));
  const sheet = await sheetFile.async("string");
  const drawing = `<drawing r:id="${id}"/>`;
  // In CT_Worksheet, <drawing> comes after the page set-up and before legacy drawings, tables and extensions.
  const before = ["<legacyDrawing", "<legacyDrawingHF", "<picture", "<oleObjects", "<controls", "<tableParts", "<extLst", "</worksheet>"].map((tag) => sheet.indexOf(tag)).filter((at) => at >= 0);
  const at = Math.min(...before);
  zip.file(sheetPath, sheet.slice(0, at) + drawing + sheet.slice(at));
}

function rels(items: { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">${items.map((i) => `<Relationship Id="${i.id}" Type="${i.type}" Target="${i.target}"/>`).join("")}</Relationships>`;
}

function anchorCell(address: string): { col: number; row: number } {
  const { top, left } = parseRange(address);
  return { col: left, row: top };
}

function drawingXml(anchors: { chart: ChartModel; rel: string; id: number }[]): string {
  const frames = anchors.map(({ chart, rel, id }) => {
    const from = anchorCell(chart.anchor.from);
    const to = anchorCell(chart.anchor.to);
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escape(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${rel}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${frames.join("")}</xdr:wsDr>`;
}

/** «'Свод'!$D$40:$G$40». */
function reference(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const cell = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
  const corner = cell(top, left);
  const end = cell(bottom, right);
  return `'${sheet.replace(/'/g, "''")}'!${corner === end ? corner : `${corner}:${end}`}`;
}

/** The data block by rows: categories in the first row (after the corner), a series per further row, named by its first cell. */
export function chartSeries(sheet: string, chart: ChartModel): { categories: string; series: { name: string; values: string }[] } {
  const { top, left, bottom, right } = parseRange(chart.data);
  const series = [];
  for (let r = top + 1; r <= bottom; r++) series.push({ name: reference(sheet, r, left, r, left), values: reference(sheet, r, left + 1, r, right) });
  return { categories: reference(sheet, top, left + 1, top, right), series };
}

function chartXml(sheet: string, chart: ChartModel): string {
  const { categories, series } = chartSeries(sheet, chart);
  const kind = chart.type === "line" ? "lineChart" : "barChart";
  const line = (i: number) =>
    i === 0
      ? `<c:spPr><a:ln w="38100"><a:solidFill><a:srgbClr val="404040"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr>`
      : `<c:spPr><a:ln w="22225"><a:solidFill><a:srgbClr val="${PALETTE[(i - 1) % PALETTE.length]}"/></a:solidFill></a:ln></c:spPr>`;
  const ser = series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${escape(s.name)}</c:f></c:strRef></c:tx>${line(i)}` +
        (chart.type === "line" ? `<c:marker><c:symbol val="${i === 0 ? "none" : "circle"}"/><c:size val="5"/></c:marker>` : "") +
        `<c:cat><c:numRef><c:f>${escape(categories)}</c:f></c:numRef></c:cat><c:val><c:numRef><c:f>${escape(s.values)}</c:f></c:numRef></c:val>` +
        (chart.type === "line" ? `<c:smooth val="0"/>` : "") +
        `</c:ser>`,
    )
    .join("");
  const group = chart.type === "line" ? `<c:grouping val="standard"/>` : `<c:barDir val="col"/><c:grouping val="clustered"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="ru-RU" sz="1200" b="1"/><a:t>${escape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:${kind}>${group}<c:varyColors val="0"/>${ser}` +
    (chart.type === "line" ? `<c:marker val="1"/>` : "") +
    `<c:axId val="5001"/><c:axId val="5002"/></c:${kind}>` +
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${chart.percent ? "0%" : "General"}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
