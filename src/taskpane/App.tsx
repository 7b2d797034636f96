import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { HostInfo } from "../excel/host";
import { FunctionList } from "./FunctionList";
import { HostNotice } from "./HostNotice";

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

export function App({ host }: { host: HostInfo }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang="ru">
      <main className={styles.root}>
        <Text as="h1" size={500} weight="semibold">
          Цифровая зрелость
        </Text>
        <HostNotice host={host} />
        <FunctionList />
      </main>
    </FluentProvider>
  );
}
