/**
 * The bench page of the task pane in WPS (bin/bench.cjs, section WPS 表格): the real App over WpsWorkbook on the fake
 * ET model with the bench services (300 findings listed). Loaded after fake-et.js; never part of a production build.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { connectWps } from "../../src/workbook/wps";
import { detectWps } from "../../src/workbook/wps-host";
import { benchServices } from "./bench-services";

createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme} lang="zh-CN">
    <App port={connectWps(detectWps(window)!)} services={benchServices} />
  </FluentProvider>,
);
