import { FluentProvider, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useState } from "react";
import { builtInEdition, type Edition } from "../core/edition";
import type { WorkbookGateway } from "../excel/gateway";
import type { HostInfo } from "../excel/host";
import type { EditionAction } from "./EditionSection";
import { EditionHeader } from "./EditionHeader";
import { HostNotice, hostBlock } from "./HostNotice";
import { PaneTabs } from "./PaneTabs";
import RoadmapTab from "./RoadmapTab";
import { paneTheme } from "./theme";
import { LOADING_EDITION, changeWorkbookEdition, editionBlock, type WorkbookEdition } from "./workbook-edition";

// The roadmap tab opens first, so it comes with the pane (a lazy chunk would be one more round trip before the main
// UI); the other tabs load when first opened, with the sheet readers, the «Свод» and the function list.
const CheckTab = lazy(() => import(/* webpackChunkName: "check" */ "./CheckTab"));
const RatingTab = lazy(() => import(/* webpackChunkName: "rating" */ "./RatingTab"));
const FormulasTab = lazy(() => import(/* webpackChunkName: "formulas" */ "./FormulasTab"));
const EditionSection = lazy(() => import(/* webpackChunkName: "edition" */ "./EditionSection"));

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

const EDITION_SECTION = "edition-section";

/** The built-in edition first, then the others seen in this session (the workbook's, files loaded), each once. */
function withEdition(known: readonly Edition[], edition: Edition): Edition[] {
  const isBuiltIn = (e: Edition) => Number(e.id === builtInEdition.id);
  return [...known.filter((e) => e.id !== edition.id), edition].sort((a, b) => isBuiltIn(b) - isBuiltIn(a));
}

export function App(props: {
  host: HostInfo;
  gateway: WorkbookGateway;
  /** The workbook's edition as the runtime's start reads it. */
  firstEdition: Promise<WorkbookEdition>;
  /** More ways to get or give an edition, shown in «Редакция стратегии». */
  editionActions?: readonly EditionAction[];
}) {
  const { host, gateway, firstEdition, editionActions } = props;
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("roadmap");
  const [workbookEdition, setWorkbookEdition] = useState<WorkbookEdition>(LOADING_EDITION);
  const [editions, setEditions] = useState<Edition[]>([builtInEdition]);
  const [editionOpen, setEditionOpen] = useState(false);

  useEffect(() => {
    let current = true;
    void firstEdition.then((state) => {
      if (!current) return;
      setWorkbookEdition(state);
      setEditions((known) => withEdition(known, state.edition));
      // The user has to choose before anything that needs the strategy can run.
      if (state.status === "unreadable") setEditionOpen(true);
    });
    return () => {
      current = false;
    };
  }, [firstEdition]);

  const choose = useCallback(
    async (edition: Edition) => {
      const { state, message } = await changeWorkbookEdition(gateway, edition);
      setWorkbookEdition(state);
      setEditions((known) => withEdition(known, edition));
      return message;
    },
    [gateway],
  );

  // Why nothing can be written here, said under every disabled button; undefined inside a recent Excel.
  const blocked = hostBlock(host);
  // The roadmap, the check and the «Свод» need the workbook's strategy; the rating and the formula list do not.
  const needsEdition = blocked ?? editionBlock(workbookEdition);
  const edition = workbookEdition.edition;
  return (
    <FluentProvider theme={paneTheme} lang="ru">
      <main className={styles.root}>
        <Text as="h1" size={500} weight="semibold">
          Цифровая зрелость
        </Text>
        <EditionHeader state={workbookEdition} open={editionOpen} sectionId={EDITION_SECTION} onToggle={() => setEditionOpen((open) => !open)} />
        {workbookEdition.status === "unreadable" && (
          <MessageBar layout="multiline" intent="error" role="alert">
            <MessageBarBody>Редакция стратегии, сохранённая в книге, не читается: {workbookEdition.problem}. Пока редакция не выбрана, проверка и формулы по стратегии не работают.</MessageBarBody>
          </MessageBar>
        )}
        {editionOpen && (
          <Suspense fallback={<Spinner size="tiny" label="Загрузка…" />}>
            <EditionSection id={EDITION_SECTION} state={workbookEdition} editions={editions} blocked={blocked} onChoose={choose} {...(editionActions ? { actions: editionActions } : {})} />
          </Suspense>
        )}
        <HostNotice host={host} />
        <PaneTabs tabs={TABS} selected={tab} onSelect={setTab} />
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          <Suspense fallback={<Spinner size="tiny" label="Загрузка…" />}>
            {/* A new edition is a new list of sectors: the tab starts afresh. */}
            {tab === "roadmap" && <RoadmapTab key={edition.id} gateway={gateway} edition={edition} blocked={needsEdition} />}
            {tab === "check" && <CheckTab key={edition.id} gateway={gateway} edition={edition} blocked={needsEdition} />}
            {tab === "rating" && <RatingTab gateway={gateway} blocked={blocked} />}
            {tab === "functions" && <FormulasTab gateway={gateway} blocked={blocked} />}
          </Suspense>
        </div>
      </main>
    </FluentProvider>
  );
}
