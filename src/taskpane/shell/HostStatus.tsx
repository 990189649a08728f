// Where the pane runs, while it cannot work yet: connecting to Excel, outside Office, or in another
// Office application. Said in a live region, as it changes once Office answers.

import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { Environment } from "../environment";
import { stringsFor } from "../strings/shell";

export function HostStatus({ env }: { env: Environment }) {
  return (
    <div role="status" aria-live="polite" data-testid="host-status" data-host={env.host}>
      <Status env={env} />
    </div>
  );
}

function Status({ env }: { env: Environment }) {
  const t = stringsFor(env.language);
  switch (env.host) {
    case "checking":
      return <Spinner size="tiny" labelPosition="after" label={t.statusChecking} />;
    case "excel":
      return <Message intent="success" title={t.statusExcelTitle} text={t.statusExcel} />;
    case "other-host":
      return <Message intent="warning" title={t.statusOtherHostTitle} text={t.statusOtherHost} />;
    case "outside":
      return <Message intent="info" title={t.statusOutsideTitle} text={t.statusOutside} />;
  }
}

function Message(props: { intent: "success" | "warning" | "info"; title: string; text: string }) {
  return (
    <MessageBar layout="multiline" intent={props.intent}>
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.text}
      </MessageBarBody>
    </MessageBar>
  );
}
