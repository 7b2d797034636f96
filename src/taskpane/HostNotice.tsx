import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostInfo } from "../excel/host";

/** Why the pane cannot write to the workbook here, in the words a disabled button shows under it; undefined: it can. */
export function hostBlock(host: HostInfo): string | undefined {
  if (!host.inExcel) return "Откройте панель в Excel";
  if (!host.supportsSheets) return "Нужен Excel новее: с поддержкой ExcelApi 1.9";
  return undefined;
}

/**
 * Says plainly where the pane runs when that limits what it can do. Every message bar of the pane is `multiline`:
 * the pane is narrow and the text wraps anyway, while Fluent's `auto` first lays it out on one line, measures, and
 * renders it again.
 */
export function HostNotice({ host }: { host: HostInfo }) {
  if (!host.inExcel) {
    return (
      <MessageBar layout="multiline" intent="info" data-testid="host-notice">
        <MessageBarBody>
          <MessageBarTitle>Панель работает в Excel</MessageBarTitle>
          Откройте её в Excel (классическом или в браузере) через вкладку «Главная» → «Панель ЦЗ».
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!host.supportsSheets) {
    return (
      <MessageBar layout="multiline" intent="warning" data-testid="host-notice">
        <MessageBarBody>
          <MessageBarTitle>Старая версия Excel</MessageBarTitle>
          Функции в ячейках работают, но для создания листов нужен Excel с поддержкой ExcelApi 1.9.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
