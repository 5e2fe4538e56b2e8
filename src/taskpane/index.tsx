/**
 * Entry of the task pane: find the host, connect to the workbook, render the app inside Fluent UI's provider.
 * Inside WPS 表格 (its `Application` object is on the page) the WPS adapter is loaded as its own chunk, so the Office
 * pane's start-up bundle does not grow; otherwise office.js is awaited. When the connection fails (office.js blocked,
 * pane opened outside Excel or WPS) the pane says why instead of staying blank.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { connectExcel } from "../workbook/office";
import type { WorkbookPort } from "../workbook/port";
import { detectWps } from "../workbook/wps-host";
import { App, errorMessage } from "./App";
import { STRINGS } from "./strings";
import { ErrorBoundary } from "./ErrorBoundary";
import { watchErrors } from "./diagnostics";

watchErrors(window);
const container = document.getElementById("container")!;
const root = createRoot(container);

function render(content: React.ReactNode): void {
  root.render(
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <ErrorBoundary>{content}</ErrorBoundary>
    </FluentProvider>,
  );
}

/** The host's port: WPS 表格 when its ET object model is on the page, else Excel through office.js. */
function connect(): Promise<WorkbookPort> {
  const wps = detectWps(window);
  if (wps) return import(/* webpackChunkName: "wps" */ "../workbook/wps").then((m) => m.connectWps(wps));
  return connectExcel();
}

connect().then(
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
