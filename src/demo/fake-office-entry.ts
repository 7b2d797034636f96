/**
 * Stands in for office.js in the demo and the browser tests: an in-memory Excel. Inside the demo page's frame it
 * shares the workbook the page renders; opened alone it makes its own.
 */
import { createFakeExcel, installFakeOffice, type FakeExcel } from "../fake-excel";

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
const fake = shared ?? createFakeExcel();
own.__cdtoFake = fake;
installFakeOffice(globalThis, fake);
