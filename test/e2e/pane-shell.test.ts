/** The built pane in Debian's Chromium: it loads without errors outside Office and inside (a fake Office host). */
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser";
import { REPO_ROOT } from "../support/seeds";
import { serveFolder, type RunningServer } from "../support/static-server";

const DIST = join(REPO_ROOT, "dist");
/** The smallest Office host that says "this is Excel": what office.js reports inside Excel. */
const FAKE_EXCEL_HOST = `
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    context: { requirements: { isSetSupported: (name, version) => name === "ExcelApi" && Number(version) <= 1.9 } },
  };`;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the pane and collects every page error, console error and request to another origin. */
async function openPane(fakeOffice?: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith("data:")) problems.push(`foreign request: ${request.url()}`);
  });
  if (fakeOffice) {
    await page.route("**/office/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: fakeOffice }));
  }
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("heading", { name: "Цифровая зрелость" }).waitFor();
  return { page, problems };
}

it("outside Office: loads without errors and says it runs in Excel", async () => {
  const { page, problems } = await openPane();
  await page.getByText("Панель работает в Excel").waitFor();
  // What cannot work here says why, under the disabled button.
  await page.getByRole("searchbox", { name: "Найти отрасль" }).fill("7.2");
  const create = page.getByRole("button", { name: "Создать дорожную карту" });
  expect(await create.isDisabled()).toBe(true);
  expect(await create.getAttribute("aria-describedby")).toBeTruthy();
  await page.locator(`[id="${await create.getAttribute("aria-describedby")}"]`).getByText("Откройте панель в Excel").waitFor();
  await page.getByRole("tab", { name: "Формулы" }).click();
  await page.getByText("=CDTO.БАЛЛ").first().waitFor();
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts/pane-outside-office.png"), fullPage: true });
  expect(problems).toEqual([]);
  await page.close();
});

it("inside Excel: loads without errors and without the notice", async () => {
  const { page, problems } = await openPane(FAKE_EXCEL_HOST);
  await page.getByRole("tab", { name: "Дорожная карта" }).focus();
  await page.keyboard.press("ArrowRight");
  expect(await page.getByRole("tab", { name: "Проверка" }).getAttribute("aria-selected")).toBe("true");
  await page.keyboard.press("End");
  expect(await page.getByRole("tab", { name: "Формулы" }).getAttribute("aria-selected")).toBe("true");
  await page.getByText("=CDTO.ЦЕЛЬ_ЦЗ").first().waitFor();
  expect(await page.getByTestId("host-notice").count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});

it("serves the Content-Security-Policy that allows only our own origin", async () => {
  const { page } = await openPane(FAKE_EXCEL_HOST);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/https?:/);
  await page.close();
});
