/**
 * The bench page of the task pane (bin/bench.cjs, section 任务窗格): the real App over the fake Excel, with a core
 * whose checker lists every blank cell as its own row and adds text hints until 300 rows are listed, so the cost of one edit → updated list is measured
 * with a long list on screen. Loaded after fake-office.js; never part of the production build.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { makeServices } from "../../src/taskpane/services";
import * as layout from "../../src/workbook/layout";
import * as rules from "../../src/rules";
import { OfficeWorkbook } from "../../src/workbook/office";

/** Findings listed on the bench page. */
const LISTED = 300;

const base = makeServices(layout, rules);
const services = {
  ...base,
  checkReport: (data: Parameters<typeof base.checkReport>[0]) => {
    // Drop the cell state so the pane lists every blank cell as its own row instead of one row per table: the
    // bench measures the list with 300 rows on screen.
    const findings = base.checkReport(data).map(({ cellState: _state, ...f }) => f);
    for (let i = findings.length; i < LISTED; i++)
      findings.push({ id: `bench.${i}`, rule: "S0", severity: "warning", title: `正文提示 ${i}`, message: `第 ${i} 条用于计时的正文提示`, cells: [] });
    return findings;
  },
};

createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme} lang="zh-CN">
    <App port={new OfficeWorkbook()} services={services} />
  </FluentProvider>,
);
