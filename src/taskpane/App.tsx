import { FluentProvider, Spinner, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { WorkbookGateway } from "../excel/gateway";
import type { HostInfo } from "../excel/host";
import { HostNotice, hostBlock } from "./HostNotice";
import { PaneTabs } from "./PaneTabs";

// Loaded when first opened: the strategy catalog, the sheet builders and the function list stay out of the first paint.
const RoadmapTab = lazy(() => import(/* webpackChunkName: "roadmap" */ "./RoadmapTab"));
const CheckTab = lazy(() => import(/* webpackChunkName: "check" */ "./CheckTab"));
const RatingTab = lazy(() => import(/* webpackChunkName: "rating" */ "./RatingTab"));
const FormulasTab = lazy(() => import(/* webpackChunkName: "formulas" */ "./FormulasTab"));

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

type TabId = "roadmap" | "check" | "rating" | "functions";
const TABS: { id: TabId; label: string }[] = [
  { id: "roadmap", label: "Дорожная карта" },
  { id: "check", label: "Проверка" },
  { id: "rating", label: "Рейтинг обучения" },
  { id: "functions", label: "Формулы" },
];

export function App({ host, gateway }: { host: HostInfo; gateway: WorkbookGateway }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("roadmap");
  // Why nothing can be written here, said under every disabled button; undefined inside a recent Excel.
  const blocked = hostBlock(host);
  return (
    <FluentProvider theme={webLightTheme} lang="ru">
      <main className={styles.root}>
        <Text as="h1" size={500} weight="semibold">
          Цифровая зрелость
        </Text>
        <HostNotice host={host} />
        <PaneTabs tabs={TABS} selected={tab} onSelect={setTab} />
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          <Suspense fallback={<Spinner size="tiny" label="Загрузка…" />}>
            {tab === "roadmap" && <RoadmapTab gateway={gateway} blocked={blocked} />}
            {tab === "check" && <CheckTab gateway={gateway} blocked={blocked} />}
            {tab === "rating" && <RatingTab gateway={gateway} blocked={blocked} />}
            {tab === "functions" && <FormulasTab gateway={gateway} blocked={blocked} />}
          </Suspense>
        </div>
      </main>
    </FluentProvider>
  );
}
