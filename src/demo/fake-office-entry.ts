/**
 * Stands in for office.js in the demo and the browser tests: an in-memory Excel. Inside the demo page's frame it
 * shares the workbook the page renders; opened alone it makes its own.
 */
import { installFakeOffice, type FakeExcel } from "../fake-excel";
import { createDemoWorkbook } from "./demo-workbook";

interface DemoWindow {
  __cdtoFake?: FakeExcel;
  parent: DemoWindow;
}

const own = window as unknown as DemoWindow;
let shared: FakeExcel | undefined;
try {
  shared = own.parent !== own ? own.parent.__cdtoFake : undefined;
} catch {
  shared = undefined; // a parent on another origin: not our demo page
}
const fake = shared ?? createDemoWorkbook();
own.__cdtoFake = fake;
installFakeOffice(globalThis, fake);
