/**
 * Entry of the task pane: wait for office.js, connect to the workbook, render the app inside Fluent UI's provider.
 * When the connection fails (office.js blocked, pane opened outside Excel) the pane says why instead of staying blank.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { connectExcel } from "../workbook/office";
import { App, errorMessage } from "./App";
import { STRINGS } from "./strings";

const container = document.getElementById("container")!;
const root = createRoot(container);

function render(content: React.ReactNode): void {
  root.render(
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      {content}
    </FluentProvider>,
  );
}

connectExcel().then(
  (port) => render(<App port={port} />),
  (e: unknown) =>
    render(
      <div style={{ padding: 12 }}>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.startupTitle}</MessageBarTitle>
            {errorMessage(e)}
          </MessageBarBody>
        </MessageBar>
      </div>,
    ),
);
