import { createRoot } from "react-dom/client";
import { excelGateway } from "../excel/gateway";
import { detectHost } from "../excel/host";
import { App } from "./App";
import { editionSheetActions } from "./edition-sheet-actions";
import { readWorkbookEdition, withoutWorkbook } from "./workbook-edition";

void detectHost().then((host) => {
  // The runtime's start (the pane and the functions share it): the functions wait for this first read.
  const firstEdition = host.inExcel ? readWorkbookEdition(excelGateway) : Promise.resolve(withoutWorkbook());
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={host} gateway={excelGateway} firstEdition={firstEdition} editionActions={editionSheetActions(excelGateway)} />);
});
