import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostInfo } from "../excel/host";

/** Says plainly where the pane runs when that limits what it can do. */
export function HostNotice({ host }: { host: HostInfo }) {
  if (!host.inExcel) {
    return (
      <MessageBar intent="info" data-testid="host-notice">
        <MessageBarBody>
          <MessageBarTitle>Панель работает в Excel</MessageBarTitle>
          Откройте её в Excel (классическом или в браузере) через вкладку «Главная» → «Панель ЦЗ».
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!host.supportsSheets) {
    return (
      <MessageBar intent="warning" data-testid="host-notice">
        <MessageBarBody>
          <MessageBarTitle>Старая версия Excel</MessageBarTitle>
          Функции в ячейках работают, но для создания листов нужен Excel с поддержкой ExcelApi 1.9.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
