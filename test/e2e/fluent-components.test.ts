/**
 * Every Fluent UI component the pane uses, driven in Chromium the way a user drives it (keyboard first), in the
 * built pane: it renders Fluent's components through Preact's React-compatible layer, so each one has to be seen
 * working here, not assumed. A component imported by the pane without a case below fails the first test.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import type { Frame, Page } from "playwright-core";
import { askForRatingColumns, book, openDemo, startDemo, type DemoSession } from "../support/demo";
import { REPO_ROOT } from "../support/seeds";
import { serveFolder } from "../support/static-server";

const PANE_SOURCES = join(REPO_ROOT, "src", "taskpane");
/** Named imports from Fluent that are not components. */
const NOT_COMPONENTS = new Set(["makeStyles", "mergeClasses", "tokens", "shorthands"]);

/** The components the pane's sources import from Fluent, from the sources themselves. */
function fluentComponentsUsed(): string[] {
  const used = new Set<string>();
  for (const file of readdirSync(PANE_SOURCES).filter((f) => f.endsWith(".tsx"))) {
    const source = readFileSync(join(PANE_SOURCES, file), "utf8");
    for (const [, names] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@fluentui\/react-components"/g)) {
      for (const raw of names.split(",")) {
        const name = raw.trim();
        if (name && !name.startsWith("type ") && !NOT_COMPONENTS.has(name)) used.add(name);
      }
    }
  }
  return [...used].sort();
}

/** Components whose root Fluent marks with its class, seen in the pane during the walk below. */
const COVERED = ["Button", "Checkbox", "Field", "FluentProvider", "Input", "MessageBar", "MessageBarBody", "MessageBarTitle", "Radio", "RadioGroup", "Select", "Spinner", "Text"];

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

const rootOf = (pane: Frame | Page, component: string) => pane.locator(`.fui-${component}`);

it("every Fluent component the pane imports has a case here", () => {
  expect(fluentComponentsUsed()).toEqual(COVERED);
});

it("FluentProvider, Text, Field, Input, RadioGroup, Radio, Checkbox, Button and MessageBar work by keyboard", async () => {
  const { page, pane, problems } = await openDemo(session);
  expect(await rootOf(pane, "FluentProvider").count()).toBe(1);
  // The provider's theme reaches the page: Fluent's brand colour as a CSS variable.
  const brand = await rootOf(pane, "FluentProvider").evaluate((el) => getComputedStyle(el).getPropertyValue("--colorBrandBackground").trim());
  expect(brand).toBe("#0f6cbd");
  expect(await pane.getByRole("heading", { name: "Цифровая зрелость" }).getAttribute("class")).toContain("fui-Text");

  // Input inside a Field: typing filters the sectors, the Field's label names the box.
  const search = pane.getByRole("searchbox", { name: "Найти отрасль" });
  expect(await rootOf(pane, "Field").count()).toBeGreaterThanOrEqual(2);
  await search.focus();
  await page.keyboard.type("здрав");
  expect(await search.evaluate((el) => el.closest(".fui-Input") !== null)).toBe(true);
  await pane.getByRole("radio", { name: "7.2 Здравоохранение" }).waitFor();
  expect(await pane.getByRole("radio").count()).toBe(1);
  await page.keyboard.press("Enter");
  expect(await pane.getByRole("radio", { name: "7.2 Здравоохранение" }).isChecked()).toBe(true);

  // RadioGroup and Radio: arrows move the choice, as in any radio group.
  await search.fill("");
  const group = pane.getByRole("radiogroup", { name: /Отрасль/ });
  expect(await group.getAttribute("class")).toContain("fui-RadioGroup");
  await pane.getByRole("radio", { name: "7.2 Здравоохранение" }).focus();
  await page.keyboard.press("ArrowDown");
  const next = pane.getByRole("radio", { checked: true });
  expect(await next.evaluate((el) => el.closest(".fui-Radio") !== null)).toBe(true);
  expect(await next.getAttribute("value")).toBe("7.3");

  // Checkbox: Space ticks it and unticks it.
  const prefill = pane.getByRole("checkbox", { name: /Заполнить мероприятия/ });
  expect(await prefill.evaluate((el) => el.closest(".fui-Checkbox") !== null)).toBe(true);
  const before = await prefill.isChecked();
  await prefill.focus();
  await page.keyboard.press("Space");
  expect(await prefill.isChecked()).toBe(!before);
  await page.keyboard.press("Space");
  expect(await prefill.isChecked()).toBe(before);

  // Button: Enter creates the sheet; the result is said in a MessageBar.
  const create = pane.getByRole("button", { name: "Создать дорожную карту" });
  expect(await create.getAttribute("class")).toContain("fui-Button");
  await create.focus();
  await page.keyboard.press("Enter");
  const result = pane.getByTestId("task-result");
  await result.getByText(/создан/).waitFor();
  expect(await result.getAttribute("class")).toContain("fui-MessageBar");
  expect(await result.locator(".fui-MessageBarBody").count()).toBe(1);
  expect(await book(page, (b) => b.sheetNames())).toContain("ДК Развитие городской среды");
  expect(problems).toEqual([]);
  await page.close();
});

it("Spinner: shown while a tab's code loads, then the tab", async () => {
  const { page, pane, problems } = await openDemo(session);
  // The check tab's chunk held back a moment, as on a slow network.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/check\.[0-9a-f]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await pane.getByRole("tab", { name: "Проверка" }).press("Enter");
  const spinner = rootOf(pane, "Spinner");
  await spinner.getByText("Загрузка…").waitFor();
  release();
  await pane.getByRole("button", { name: "Проверить" }).waitFor();
  expect(await spinner.count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});

it("Select: the rating's column pickers take a choice by keyboard", async () => {
  const { page, pane, problems } = await openDemo(session);
  await askForRatingColumns(page, pane);
  await pane.getByTestId("rating-columns-needed").waitFor();
  const pickers = pane.getByRole("combobox");
  expect(await pickers.count()).toBe(3);
  for (let i = 0; i < 3; i++) {
    const picker = pickers.nth(i);
    expect(await picker.evaluate((el) => el.closest(".fui-Select") !== null)).toBe(true);
    await picker.focus();
    // The first option is «— выберите —», then the table's columns (numbered from 0): column i is i+1 presses down.
    for (let press = 0; press <= i; press++) await page.keyboard.press("ArrowDown");
    expect(await picker.inputValue()).toBe(String(i));
  }
  await pane.getByRole("button", { name: "Пересчитать рекомендации" }).click();
  await pane.getByTestId("task-result").getByText(/Рекомендации/).waitFor();
  expect(problems).toEqual([]);
  await page.close();
});

it("MessageBarTitle: outside Office the notice has its title and its text", async () => {
  const server = await serveFolder(join(REPO_ROOT, "dist"));
  const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
  try {
    await page.goto(`${server.url}/taskpane.html`);
    const notice = page.getByTestId("host-notice");
    await notice.waitFor();
    expect(await notice.getAttribute("class")).toContain("fui-MessageBar");
    await notice.locator(".fui-MessageBarTitle").getByText("Панель работает в Excel").waitFor();
    expect(await notice.locator(".fui-MessageBarBody").textContent()).toMatch(/Откройте её в Excel/);
  } finally {
    await page.close();
    await server.close();
  }
});
