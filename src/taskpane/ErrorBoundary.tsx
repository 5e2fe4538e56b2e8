/**
 * The pane's last line of defence: an error while rendering shows what went wrong in Chinese, with 复制诊断信息
 * (Office version, requirement sets, webview, add-in version, last error) and 重新加载, instead of a blank pane.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Textarea } from "@fluentui/react-components";
import { copyText, diagnosticText, recordError } from "./diagnostics";
import { errorMessage } from "./pane-types";
import { STRINGS } from "./strings";

interface Props {
  children: React.ReactNode;
  /** The window whose Office, navigator and clipboard are used (the page's). */
  win?: Window;
}

interface State {
  error?: unknown;
}

/** Wraps the app; on a render error it shows `PaneError` instead. */
export class ErrorBoundary extends React.Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: React.ErrorInfo): void {
    recordError(error, info.componentStack ?? undefined);
  }

  override render(): React.ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return <PaneError error={this.state.error} win={this.props.win ?? window} />;
  }
}

/** What the user sees when the pane failed: the reason, what to do, and the diagnostics to copy. */
export function PaneError({ error, win }: { error: unknown; win: Window }): React.ReactElement {
  // Shown at once; made again on copy, when React has added the component stack to the recorded error.
  const [text, setText] = React.useState(() => diagnosticText(win, error));
  const [copied, setCopied] = React.useState<boolean | undefined>(undefined);
  const copy = () => {
    const fresh = diagnosticText(win);
    setText(fresh);
    void copyText(win, fresh).then(setCopied);
  };
  return (
    <div style={{ padding: 12, display: "flex", flexDirection: "column", gap: 12 }}>
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{STRINGS.crashTitle}</MessageBarTitle>
          {errorMessage(error)}
        </MessageBarBody>
      </MessageBar>
      <p style={{ margin: 0, lineHeight: 1.6 }}>{STRINGS.crashBody}</p>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button appearance="primary" onClick={copy}>
          {STRINGS.copyDiagnostics}
        </Button>
        <Button onClick={() => win.location.reload()}>{STRINGS.reload}</Button>
      </div>
      <p role="status" style={{ margin: 0 }}>
        {copied === true ? STRINGS.diagnosticsCopied : copied === false ? STRINGS.diagnosticsNotCopied : ""}
      </p>
      <Textarea aria-label={STRINGS.diagnosticsLabel} value={text} readOnly resize="vertical" rows={8} />
    </div>
  );
}
