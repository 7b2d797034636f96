/** «Пересчитать рекомендации» on the add-in's own rating sheet and beside a user's table, as a user presses it. */
import { join } from "path";
import { book, openDemo, startDemo, type DemoSession } from "../support/demo";
import { REPO_ROOT } from "../support/seeds";

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

it("refreshing the sample rating sheet replaces its block in place: same heading, no interleaved lists, widths kept", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pane.getByRole("tab", { name: "Рейтинг обучения" }).click();
  await pane.getByRole("button", { name: "Создать лист рейтинга" }).click();
  await pane.getByText(/Лист «Рейтинг обучения» создан/).waitFor();
  const before = await book(page, (b) => ({ grid: b.grid("Рейтинг обучения"), widths: [0, 1, 2, 3].map((c) => b.columnWidth("Рейтинг обучения", c)) }));
  await book(page, (b) => b.setSelection("Рейтинг обучения", "A4:D34"));
  await pane.getByRole("button", { name: "Пересчитать рекомендации" }).click();
  await pane.getByText(/Рекомендации записаны в Рейтинг обучения!A37:B\d+/).waitFor();
  const after = await book(page, (b) => ({ grid: b.grid("Рейтинг обучения"), widths: [0, 1, 2, 3].map((c) => b.columnWidth("Рейтинг обучения", c)) }));
  expect(after.widths).toEqual(before.widths);
  expect(after.grid.length).toBe(before.grid.length);
  // Heading in A37, then the sections in column A and the bodies in column B, exactly as the sheet was created.
  expect(after.grid[36][0]).toBe("Рекомендации: кого обучить, чтобы повысить балл в рейтинге");
  after.grid.forEach((row, r) => {
    if (r !== 37) expect(row).toEqual(before.grid[r]);
  });
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts/demo-rating-refresh.png") });
  expect(problems).toEqual([]);
  await page.close();
});
