import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TaskState } from "./useTask";

const useStyles = makeStyles({
  detail: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** Progress and outcome of the current action, announced to screen readers; Excel's own words only small, as a detail. */
export function TaskStatus({ state, runningLabel }: { state: TaskState; runningLabel: string }) {
  const styles = useStyles();
  if (state.status === "running") return <Spinner size="tiny" label={runningLabel} role="status" />;
  if (state.status === "idle") return null;
  const intent = state.status === "done" ? state.intent : "error";
  return (
    <MessageBar layout="multiline" intent={intent} role={state.status === "done" ? "status" : "alert"} data-testid="task-result" data-intent={intent}>
      <MessageBarBody>
        {state.message}
        {state.status === "failed" && state.detail && (
          <Text size={200} className={styles.detail}>
            ({state.detail})
          </Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
