/** Where the pane runs: inside Excel (with which API level) or in a plain browser. The only Office.onReady. */

export interface HostInfo {
  inExcel: boolean;
  /** Whether the host supports the ExcelApi level the generated sheets need. */
  supportsSheets: boolean;
}

const OUTSIDE: HostInfo = { inExcel: false, supportsSheets: false };

export async function detectHost(timeoutMs = 3000): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return OUTSIDE;
  // onReady never settles in some hosts when the page is opened outside Office: do not wait forever.
  const timeout = new Promise<HostInfo>((resolve) => setTimeout(() => resolve(OUTSIDE), timeoutMs));
  const ready = Office.onReady().then((info) => {
    if (info.host !== Office.HostType.Excel) return OUTSIDE;
    return { inExcel: true, supportsSheets: Office.context.requirements.isSetSupported("ExcelApi", "1.9") };
  });
  return Promise.race([ready, timeout]);
}
