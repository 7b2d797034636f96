/** The reader over hostile blocks: any values, holes, odd names and merges; it answers, never throws or loops. */
import fc from "fast-check";
import { checkRoadmap, type RoadmapGrid } from "../../../src/core/roadmap/check";

const TITLE = "Дорожная карта по достижению «цифровой зрелости» отрасли «Образование и наука»";
const hostileCell = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, undefined, "", "x", "х", "Х", "X", "NaN", "Infinity", "1e999", "=1+1", "+A1", "-", "18 %", "0,18", "  ", "\n", TITLE),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, -0, 2021, 2022, 2024),
  fc.constantFrom("Значение показателя 1", "Мероприятия, планируемые к проведению для достижения показателя 1 в каждом году", "№ п/п", "Ед. изм.", "2022 г.", "на 2023 год"),
  fc.string(),
);
const hostileRow = fc.oneof(fc.array(hostileCell, { maxLength: 12 }), fc.constant(null), fc.constant(undefined), fc.sparseArray(hostileCell, { maxLength: 12 }));

const grids: fc.Arbitrary<RoadmapGrid> = fc.record({
  values: fc.array(hostileRow, { maxLength: 40 }).map((rows) => [[TITLE], ["X", 2021, 2022, 2023, 2024], ...rows] as unknown[][]),
  top: fc.oneof(fc.nat(1_048_000), fc.constantFrom(-1, Number.NaN, 0.5)),
  left: fc.oneof(fc.nat(16_000), fc.constantFrom(-1, Number.NaN)),
  names: fc.option(fc.array(fc.record({ name: fc.oneof(fc.string(), fc.constantFrom("ЦЗ_ДК", "ЦЗ_Годы", "ЦЗ_План", "ЦЗ_Показатель_1", "ЦЗ_Показатель_99999")), range: fc.oneof(fc.string(), fc.constantFrom("A1", "B4:E4", "XFD1048576", "A1:XFD1048576", "#REF!")), comment: fc.option(fc.string(), { nil: undefined }) }), { maxLength: 6 }), { nil: undefined }),
  merges: fc.option(fc.array(fc.oneof(fc.string(), fc.constantFrom("A1:XFD1048576", "B2:C3", "Z99:A1")), { maxLength: 6 }), { nil: undefined }),
});

it("property: any block gives a result whose every finding has a severity, an A1 address and a Russian message", () => {
  fc.assert(
    fc.property(grids, (grid) => {
      const { findings } = checkRoadmap(grid);
      for (const f of findings) {
        expect(["error", "warning"]).toContain(f.severity);
        expect(f.address).toMatch(/^[A-Z]{1,3}\d+$/);
        expect(f.message).toMatch(/[а-яё]/i);
      }
    }),
    { numRuns: 500 },
  );
});

it("reads labels and titles made of long runs of punctuation in linear time", () => {
  const run = (ch: string) => `${ch.repeat(40_000)}x`;
  const values = [[`${TITLE} ${run(",")}`], ["X", 2021, 2022, 2023, 2024], [`Значение показателя 1 ${run(",")}`, 0.1], [run(";"), 0.2], [`доля ${run(":")}`, 0.3]];
  const started = Date.now();
  const { findings } = checkRoadmap({ values, top: 0, left: 0 });
  expect(findings.length).toBeGreaterThan(0);
  // A guard against quadratic trimming (it took seconds), not a timing budget.
  expect(Date.now() - started).toBeLessThan(1_500);
});
