// Settings are opened now and then, by the administrator: their code is a chunk of its own, fetched
// while the browser is idle after the pane has shown (prefetch) or at the latest when opened, so
// the first screen does not wait for it. A failed fetch shows "Try again", which fetches anew.

import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { Component, type ReactNode, Suspense, lazy, useState } from "react";
import type { Language } from "../../i18n/language";
import type { SettingsViewProps } from "../settings/SettingsView";
import { homeStrings } from "../strings/home";

const lazySettingsView = () =>
  lazy(() => import(/* webpackChunkName: "settings", webpackPrefetch: true */ "../settings/SettingsView").then((m) => ({ default: m.SettingsView })));

/** The chunk, once per page (fetched again only after a failure). */
let chunk = lazySettingsView();

export function SettingsChunk(props: SettingsViewProps) {
  const [attempt, setAttempt] = useState(0);
  const SettingsView = chunk;
  const retry = () => {
    chunk = lazySettingsView();
    setAttempt((n) => n + 1);
  };
  return (
    <ChunkBoundary key={attempt} language={props.language} onRetry={retry}>
      <Suspense fallback={<Spinner size="small" />}>
        <SettingsView {...props} />
      </Suspense>
    </ChunkBoundary>
  );
}

class ChunkBoundary extends Component<{ language: Language; onRetry(): void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    const t = homeStrings(this.props.language);
    return (
      <MessageBar layout="multiline" intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t.settings}</MessageBarTitle>
        </MessageBarBody>
        <Button onClick={this.props.onRetry}>{t.retry}</Button>
      </MessageBar>
    );
  }
}
