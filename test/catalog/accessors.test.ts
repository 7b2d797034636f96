import fc from "fast-check";
import {
  catalog,
  catalogYears,
  findIndicator,
  findSector,
  fromWorkbookValue,
  normalizeName,
  sectorIndicators,
  targetFor,
  toWorkbookValue,
  workbookTarget,
} from "../../src/core/catalog";

const EDUCATION_MATURITY = "доля достижения целевого значения «цифровой зрелости» отрасли «Образование»";

describe("findSector", () => {
  it.each(["7.2", "7.2.", " 7.2 ", "Здравоохранение", "здравоохранение", "ЗДРАВООХРАНЕНИЕ", "Здоровоохранение", "«Здравоохранение»", "7.2. Здравоохранение", "7.2. Здоровоохранение"])(
    "finds 7.2 by %p",
    (query) => {
      const sector = findSector(query);
      expect(sector?.code).toBe("7.2");
      expect(sector?.name).toBe("Здравоохранение");
      expect(sector?.printedName).toBe("Здоровоохранение");
    },
  );

  it("ignores spacing, quotes, case and ё/е in names", () => {
    expect(findSector("  образование   и  НАУКА ")?.code).toBe("7.1");
    expect(findSector('"Экология и природопользование"')?.code).toBe("7.10");
    expect(normalizeName("Учёт «оказанных»  услуг.")).toBe(normalizeName("учет оказанных услуг"));
  });

  it("tells 7.1 from 7.10 and 7.11", () => {
    expect(findSector("7.1")?.name).toBe("Образование и наука");
    expect(findSector("7.10")?.name).toBe("Экология и природопользование");
    expect(findSector("7.11.")?.name).toBe("Иные отрасли");
  });

  it.each(["7.12", "8.1", "", "Медицина", "7.2. Образование и наука", "Здраво"])("returns undefined for %p", (query) => {
    expect(findSector(query)).toBeUndefined();
  });
});

describe("sectorIndicators", () => {
  it("counts a shared indicator once, with the projects that list it", () => {
    const education = sectorIndicators("7.1")!;
    expect(education).toHaveLength(9);
    expect(education[0]).toEqual({
      number: 1,
      name: EDUCATION_MATURITY,
      unit: "%",
      direction: "higher",
      targets: { "2022": 18, "2023": 25, "2024": 32 },
      projects: [1, 3, 4, 5, 6],
    });
    expect(education[1].projects).toEqual([1, 7]);
    expect(education.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("merges «усл.ед.» and «усл. ед.» into one unit (7.7, projects 3 and 4)", () => {
    const industry = sectorIndicators("Промышленность")!;
    expect(industry.map((i) => [i.unit, i.projects])).toEqual([
      ["%", [1, 2]],
      ["усл. ед.", [3, 4]],
    ]);
  });

  it("lists the health maturity indicator for the 8 projects that print it", () => {
    expect(sectorIndicators("7.2")![0].projects).toEqual([1, 2, 3, 4, 5, 7, 8, 9]);
  });

  it("keeps names unique within every sector, so a name finds one indicator", () => {
    for (const sector of catalog) {
      const names = sectorIndicators(sector).map((i) => normalizeName(i.name));
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("returns undefined for an unknown sector", () => {
    expect(sectorIndicators("7.42")).toBeUndefined();
  });
});

describe("findIndicator", () => {
  it("finds by number", () => {
    expect(findIndicator("7.1", 1)?.name).toBe(EDUCATION_MATURITY);
    expect(findIndicator("7.1", " 9 ")?.name).toMatch(/^школы, расположенные/);
    expect(findIndicator("7.1", 10)).toBeUndefined();
    expect(findIndicator("7.1", 0)).toBeUndefined();
  });

  it("finds by exact name, ignoring case and quotes", () => {
    expect(findIndicator("7.1", EDUCATION_MATURITY)?.number).toBe(1);
    expect(findIndicator("7.1", EDUCATION_MATURITY.toUpperCase().replace(/[«»]/g, '"'))?.number).toBe(1);
  });

  it("finds by a unique prefix or substring, not by an ambiguous one", () => {
    expect(findIndicator("7.1", "доля педагогических")?.number).toBe(4);
    expect(findIndicator("7.1", "WiFi")?.number).toBe(8);
    expect(findIndicator("7.1", "доля")).toBeUndefined();
    expect(findIndicator("7.1", "цифровая зрелость")).toBeUndefined();
    expect(findIndicator("7.1", "")).toBeUndefined();
  });

  it("finds the corrected misprint by either form", () => {
    const portal = findIndicator("7.4", "количество обращений пользователей к порталу");
    expect(portal?.name).toBe("количество обращений пользователей к порталу www.bus67.ru");
    expect(portal?.printedName).toBe("количество обращений пользователей к portalу www.bus67.ru");
    expect(findIndicator("7.4", "portalу")?.number).toBe(portal?.number);
  });

  it("returns undefined for an unknown sector", () => {
    expect(findIndicator("Космос", 1)).toBeUndefined();
  });
});

describe("targets", () => {
  const integration = findIndicator("Социальная сфера", "доля обеспеченных требований к интеграции")!;

  it("gives null for a target printed «x» (7.6)", () => {
    expect(integration.projects).toEqual([2, 5, 6]);
    expect(targetFor(integration, 2022)).toBeNull();
    expect(targetFor(integration, "2023")).toBe(100);
    expect(workbookTarget(integration, 2022)).toBeNull();
  });

  it("gives undefined for a year the catalog does not have", () => {
    expect(targetFor(integration, 2030)).toBeUndefined();
    expect(workbookTarget(integration, 2021)).toBeUndefined();
  });

  it("gives the printed number, and the workbook's fraction for %", () => {
    const wifi = findIndicator("7.1", "WiFi")!;
    expect(targetFor(wifi, 2023)).toBe(7.65);
    expect(workbookTarget(wifi, 2023)).toBe(0.0765);
    const visits = findIndicator("7.4", 5)!;
    expect(visits.unit).toBe("тыс. посещений");
    expect(workbookTarget(visits, 2024)).toBe(310);
    expect(workbookTarget(findIndicator("7.4", 2)!, 2024)).toBe(0.35);
  });

  it("derives the years from the data", () => {
    expect(catalogYears()).toEqual([2022, 2023, 2024]);
  });
});

describe("toWorkbookValue / fromWorkbookValue", () => {
  it("divides by 100 for % only", () => {
    expect(toWorkbookValue(18, "%")).toBe(0.18);
    expect(toWorkbookValue(7.65, "%")).toBe(0.0765);
    expect(toWorkbookValue(78.8, " % ")).toBe(0.788);
    expect(toWorkbookValue(3.5, "балл.")).toBe(3.5);
    expect(toWorkbookValue(290, "тыс. посещений")).toBe(290);
    expect(fromWorkbookValue(0.18, "%")).toBe(18);
    expect(fromWorkbookValue(1, "усл. ед.")).toBe(1);
  });

  it("round-trips every value printed with two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom("%", "усл. ед.", "ед.", "чел."), (hundredths, unit) => {
        const printed = hundredths / 100;
        expect(fromWorkbookValue(toWorkbookValue(printed, unit), unit)).toBe(printed);
      }),
    );
  });

  it("round-trips every target of the catalog", () => {
    for (const sector of catalog)
      for (const indicator of sectorIndicators(sector))
        for (const value of Object.values(indicator.targets))
          if (value !== null) expect(fromWorkbookValue(toWorkbookValue(value, indicator.unit), indicator.unit)).toBe(value);
  });
});
