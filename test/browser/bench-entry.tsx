/**
 * The bench page of the task pane (bin/bench.cjs, section 任务窗格): the real App over the fake Excel with the bench
 * services (300 findings listed). Loaded after fake-office.js; never part of the production build.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { OfficeWorkbook } from "../../src/workbook/office";
import { benchServices } from "./bench-services";

createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme} lang="zh-CN">
    <App port={new OfficeWorkbook()} services={benchServices} />
  </FluentProvider>,
);
