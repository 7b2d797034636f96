import fc from "fast-check";
import { uniqueSheetName, validSheetName } from "../../src/core/sheet-name";

describe("sheet names", () => {
  it.each([
    ["Дорожная карта", "Дорожная карта"],
    ["ДК: Образование/наука", "ДК Образование наука"],
    ["'Рейтинг'", "Рейтинг"],
    ["", "Лист"],
    ["History", "History 1"],
    ["Дорожная карта Государственное управление", "Дорожная карта Государственное"],
  ])("%p -> %p", (wanted, expected) => {
    expect(validSheetName(wanted)).toBe(expected);
  });

  it("never reuses an existing name, whatever its case", () => {
    expect(uniqueSheetName("Дорожная карта", ["дорожная КАРТА"])).toBe("Дорожная карта (2)");
    expect(uniqueSheetName("Дорожная карта", ["Дорожная карта", "Дорожная карта (2)"])).toBe("Дорожная карта (3)");
  });

  it("always gives a valid, unused name", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 31 }), { maxLength: 20 }), (wanted, existing) => {
        const name = uniqueSheetName(wanted, existing);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[:\\/?*[\]]/);
        expect(name).not.toMatch(/^'|'$/);
        expect(existing.map((n) => n.toLowerCase())).not.toContain(name.toLowerCase());
      }),
    );
  });
});
