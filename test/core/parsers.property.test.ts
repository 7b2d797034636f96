/**
 * Properties of every parser of user input over hostile values (any JS value, edge numbers, NaN-like texts,
 * look-alike letters, formulas as text, ragged ranges with holes): each returns promptly one of its documented
 * answers or throws a CdtoError with a Russian message; never another error.
 */
import fc from "fast-check";
import { catalog, findSector } from "../../src/core/catalog";
import { readCell } from "../../src/core/cell-value";
import { CdtoError } from "../../src/core/errors";
import { yearKey } from "../../src/core/maturity";
import { RATING_FIELDS, fieldOfHeader, findTableColumns } from "../../src/core/rating/columns";
import { matchSectorText } from "../../src/core/roadmap/check";
import { bandsFromTable } from "../../src/core/training";
import { hostileScalar, lookAlikes } from "../support/hostile-values";

/** Far above a parse's real cost (microseconds). */
const PROMPT_MS = 1000;
const NUM_RUNS = 1000;

/** Runs `parse`, checks it was prompt, and gives its answer or the CdtoError it threw; any other error fails. */
function outcome<T>(parse: () => T): { value: T } | { error: CdtoError } {
  const started = performance.now();
  try {
    return { value: parse() };
  } catch (error) {
    if (!(error instanceof CdtoError)) throw error;
    expect(error.message).toMatch(/[а-яё]/i);
    return { error };
  } finally {
    expect(performance.now() - started).toBeLessThan(PROMPT_MS);
  }
}

/** Rows as a sheet might hand them over, ragged and with holes. */
const hostileRows = fc.oneof(
  fc.array(fc.array(hostileScalar, { maxLength: 4 }), { maxLength: 6 }),
  fc.array(fc.sparseArray(hostileScalar, { maxLength: 4 }), { maxLength: 6 }),
  fc.sparseArray(fc.array(hostileScalar, { maxLength: 4 }), { maxLength: 6 }),
);
const anyText = fc.oneof(fc.string({ maxLength: 60 }), lookAlikes, fc.string({ unit: "grapheme", maxLength: 30 }));

it(`readCell: any value reads as one of four kinds, a number always finite (numRuns ${NUM_RUNS})`, () => {
  fc.assert(
    fc.property(hostileScalar, (value) => {
      const reading = outcome(() => readCell(value));
      if (!("value" in reading)) throw new Error("readCell threw");
      const cell = reading.value;
      if (cell.kind === "number") {
        expect(Number.isFinite(cell.value)).toBe(true);
        expect(typeof cell.percentSign).toBe("boolean");
      } else if (cell.kind === "text") expect(typeof cell.text).toBe("string");
      else expect(["blank", "none"]).toContain(cell.kind);
      if (typeof value === "number" && Number.isFinite(value)) expect(cell).toEqual({ kind: "number", value, percentSign: false });
    }),
    { numRuns: NUM_RUNS },
  );
});

it(`yearKey: a whole number as text, or a CdtoError (numRuns ${NUM_RUNS})`, () => {
  fc.assert(
    fc.property(hostileScalar, (value) => {
      const result = outcome(() => yearKey(value));
      if ("value" in result) expect(Number.isInteger(Number(result.value)) && String(Number(result.value)) === result.value).toBe(true);
    }),
    { numRuns: NUM_RUNS },
  );
});

it(`bandsFromTable: bands sorted, bounds 0..1 distinct, scores finite and never falling, or a CdtoError (numRuns ${NUM_RUNS})`, () => {
  const bandCell = fc.oneof(hostileScalar, fc.constantFrom(0, 0.02, 0.5, 1, 2, 5, 20, 50, 100, "50 %", "0 %", "2,5", ""));
  const table = fc.oneof(hostileRows, fc.array(fc.tuple(bandCell, bandCell), { maxLength: 7 }));
  fc.assert(
    fc.property(table, (rows) => {
      const result = outcome(() => bandsFromTable(rows));
      if (!("value" in result)) return;
      const bands = result.value;
      expect(bands.length).toBeGreaterThan(0);
      bands.forEach((band, i) => {
        expect(band.lower >= 0 && band.lower <= 1).toBe(true);
        expect(Number.isFinite(band.score) && band.score >= 0).toBe(true);
        if (i > 0) {
          expect(band.lower).toBeGreaterThan(bands[i - 1].lower);
          expect(band.score).toBeGreaterThanOrEqual(bands[i - 1].score);
        }
      });
    }),
    { numRuns: NUM_RUNS },
  );
});

it(`fieldOfHeader and findTableColumns: a field or nothing; columns inside their header row (numRuns ${NUM_RUNS})`, () => {
  const header = fc.oneof(hostileScalar, fc.constantFrom("Орган исполнительной власти", "Количество сотрудников", "Количество обученных", "Доля обученных, %", "Наименование органа"));
  const table = fc.oneof(hostileRows, fc.array(fc.array(header, { maxLength: 5 }), { maxLength: 12 }));
  fc.assert(
    fc.property(header, table, (cell, rows) => {
      const field = outcome(() => fieldOfHeader(cell));
      if ("value" in field && field.value !== undefined) expect(RATING_FIELDS).toContain(field.value);
      const found = outcome(() => findTableColumns(rows));
      if (!("value" in found)) throw new Error("findTableColumns threw");
      const { headerRow, columns } = found.value;
      if (headerRow === -1) return expect(columns).toEqual({});
      expect(headerRow).toBeLessThan(Math.min(rows.length, 10));
      expect(Object.keys(columns).length).toBeGreaterThanOrEqual(2);
      for (const column of Object.values(columns)) expect(column).toBeLessThan(rows[headerRow].length);
    }),
    { numRuns: NUM_RUNS },
  );
});

it(`findSector and matchSectorText: a catalog sector or nothing, for any text (numRuns ${NUM_RUNS})`, () => {
  const sectorText = fc.oneof(
    anyText,
    fc.constantFrom(...catalog.map((s) => s.code), ...catalog.map((s) => s.name)).chain((known) =>
      fc.tuple(fc.constantFrom("", " ", "  ", "«", "7.1 "), fc.constantFrom("", ".", " ", "»", "...")).map(([before, after]) => `${before}${known}${after}`),
    ),
  );
  fc.assert(
    fc.property(sectorText, (text) => {
      for (const match of [findSector, matchSectorText]) {
        const result = outcome(() => match(text));
        if (!("value" in result)) throw new Error(`${match.name} threw`);
        if (result.value !== undefined) expect(catalog).toContain(result.value);
      }
    }),
    { numRuns: NUM_RUNS },
  );
  for (const sector of catalog) {
    expect(findSector(` ${sector.code} `)).toBe(sector);
    expect(findSector(sector.name.toUpperCase())).toBe(sector);
  }
});
