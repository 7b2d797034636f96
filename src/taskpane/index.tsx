import { createRoot } from "react-dom/client";
import { excelGateway } from "../excel/gateway";
import { detectHost } from "../excel/host";
import { App } from "./App";

void detectHost().then((host) => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={host} gateway={excelGateway} />);
});
