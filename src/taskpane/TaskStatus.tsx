import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { TaskState } from "./useTask";

/** Progress and outcome of the current action, announced to screen readers. */
export function TaskStatus({ state, runningLabel }: { state: TaskState; runningLabel: string }) {
  if (state.status === "running") return <Spinner size="tiny" label={runningLabel} role="status" />;
  if (state.status === "idle") return null;
  return (
    <MessageBar intent={state.status === "done" ? "success" : "error"} role={state.status === "done" ? "status" : "alert"} data-testid="task-result">
      <MessageBarBody>{state.message}</MessageBarBody>
    </MessageBar>
  );
}
