/** Project details from strategy sections 5–6: as printed, and absent rather than cut where a page break splits a row. */
import fs from "fs";
import path from "path";
import type { Catalog, ProjectDetails } from "../../src/core/catalog/types";
import { isSoftHyphen, joinLines } from "../../scripts/catalog/parse-strategy-details";

const catalog = JSON.parse(fs.readFileSync(path.join(__dirname, "../..", "src/core/catalog/strategy.json"), "utf8")) as Catalog;
const details = (code: string, n: number): ProjectDetails => catalog.find((s) => s.code === code)!.projects[n - 1].details ?? {};
const all = catalog.flatMap((s) => s.projects.map((p) => ({ where: `${s.code}/${p.n}`, d: p.details ?? {} })));

describe("project details", () => {
  it("has a term for every project, in one of the printed forms", () => {
    for (const { where, d } of all) expect({ where, term: d.term }).toEqual({ where, term: expect.stringMatching(/^(до (\d+ [а-я]+ )?\d{4} года(, далее постоянно)?|постоянно)$/) });
  });

  it("keeps the text as printed", () => {
    expect(details("7.1", 2)).toEqual({
      goal: "обеспечение к 2023 году возможности подачи заявления на прием в вузы через единый портал государственных и муниципальных услуг (функций)",
      term: "до 2023 года, далее постоянно",
      description: expect.stringMatching(/^проект направлен на обеспечение цифровой трансформации приоритетных жизненных ситуаций,/),
      financing: "проект не требует выделения финансирования",
      regionRole: "регион развивает дистанционные формы подачи заявлений в вузы региона на ЕПГУ",
      tasks: [
        "Формирование условий для создания и развития в образовательных организациях высшего образования цифровых сервисов и ИТ-решений, направленных на удовлетворение потребностей всех участников образовательного процесса",
      ],
      beneficiaries: "школьники; организации высшее образование",
    });
    expect(details("7.6", 4).term).toBe("до 1 июля 2023 года, далее постоянно");
    expect(details("7.1", 1).tasks).toHaveLength(2);
  });

  it("leaves out the free text of a row cut by a page break (7.1/3 continues on the next page)", () => {
    expect(details("7.1", 3)).toEqual({ term: "до 2024 года, далее постоянно" });
  });

  it("has no split-word hyphen, doubled space or page debris left", () => {
    for (const { where, d } of all) {
      const texts = [d.goal, d.description, d.financing, d.regionRole, d.beneficiaries, ...(d.tasks ?? [])].filter((t): t is string => t !== undefined);
      for (const text of texts) {
        expect({ where, text }).toEqual({ where, text: text.trim() });
        expect(text).not.toMatch(/\s{2}|\p{L}-\s|-$/u);
      }
    }
  });
});

describe("joining cell lines", () => {
  it("drops a hyphen that splits a word and keeps a compound's", () => {
    expect(joinLines(["создание", "автоматизирован-", "ного механизма"])).toBe("создание автоматизированного механизма");
    expect(joinLines(["новых сельхозпроизводи-", "телей"])).toBe("новых сельхозпроизводителей");
    expect(joinLines(["жилищно-", "коммунальных услуг"])).toBe("жилищно-коммунальных услуг");
    expect(joinLines(["в онлайн-", "формате"])).toBe("в онлайн-формате");
    expect(joinLines(["ИТ-", "инфраструктура"])).toBe("ИТ-инфраструктура");
    expect(joinLines(["информационно-", "телекоммуникационным"])).toBe("информационно-телекоммуникационным");
  });

  it("tells the two hyphens apart", () => {
    expect(isSoftHyphen("функционирова-", "ния системы")).toBe(true);
    expect(isSoftHyphen("контакт-", "центр")).toBe(false);
    expect(isSoftHyphen("ребенка-", "сироты,")).toBe(false);
  });
});
