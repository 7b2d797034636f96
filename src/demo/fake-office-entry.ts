/**
 * Stands in for office.js in the demo and the browser tests: an in-memory Excel. Inside the demo page's frame it
 * shares the workbook the page renders; opened alone it makes its own.
 */
import { installFakeOffice, type FakeExcel } from "../fake-excel";
import { installCustomFunctionsRuntime, type CustomFunctionRegistry } from "./custom-functions";
import { createDemoWorkbook } from "./demo-workbook";

interface DemoWindow {
  __cdtoFake?: FakeExcel;
  __cdtoCustomFunctions?: CustomFunctionRegistry;
  parent: DemoWindow;
}

const own = window as unknown as DemoWindow;
let parent: DemoWindow | undefined;
try {
  parent = own.parent !== own && own.parent.__cdtoFake ? own.parent : undefined;
} catch {
  parent = undefined; // a parent on another origin: not our demo page
}
const fake = parent?.__cdtoFake ?? createDemoWorkbook();
own.__cdtoFake = fake;
installFakeOffice(globalThis, fake);
// The functions bundle registers CDTO.* here, for the demo's cells to call.
installCustomFunctionsRuntime(globalThis, parent?.__cdtoCustomFunctions ?? {});
