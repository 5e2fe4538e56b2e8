/** @jest-environment jsdom */
/**
 * A render error shows the Chinese crash message with 复制诊断信息 instead of a blank pane; the diagnostics name the
 * Office version, platform, requirement sets, webview, add-in version and the error with its stack.
 */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ErrorBoundary } from "../../src/taskpane/ErrorBoundary";
import { diagnosticText, recordError, watchErrors } from "../../src/taskpane/diagnostics";

function Broken(): React.ReactElement {
  throw new TypeError("Cannot read properties of undefined (reading 'values')");
}

/** A window with office.js's diagnostics: Excel 16.0.17928 on Windows, ExcelApi up to 1.14, DialogApi 1.2. */
function officeWindow(): Window {
  const supported: Record<string, number> = { ExcelApi: 14, DialogApi: 2 };
  const office = {
    context: {
      diagnostics: { version: "16.0.17928.20114", platform: "PC", host: "Excel" },
      requirements: { isSetSupported: (name: string, v = "1.1") => Number(v.split(".")[1]) <= (supported[name] ?? 0) },
    },
  };
  return Object.assign(Object.create(window), { Office: office, navigator: window.navigator, location: window.location, document: window.document });
}

test("a render error: the crash message, 复制诊断信息 copies the diagnostics, no blank pane", async () => {
  const written: string[] = [];
  Object.defineProperty(window.navigator, "clipboard", { value: { writeText: async (t: string) => void written.push(t) }, configurable: true });
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined); // React logs the caught error
  const win = officeWindow();
  render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary win={win}>
        <Broken />
      </ErrorBoundary>
    </FluentProvider>,
  );
  spy.mockRestore();
  expect(screen.getByRole("alert").textContent).toContain("年报助手出现了意外问题");
  expect(screen.getByRole("alert").textContent).toContain("Cannot read properties of undefined");
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "复制诊断信息" }));
  });
  expect(written).toHaveLength(1);
  const text = written[0];
  expect(text).toContain("Office 版本：16.0.17928.20114");
  expect(text).toContain("平台：PC");
  expect(text).toContain("宿主：Excel");
  expect(text).toContain("支持的要求集：ExcelApi 1.14、DialogApi 1.2、SharedRuntime 不支持");
  expect(text).toContain(`网页组件：${window.navigator.userAgent}`);
  expect(text).toContain("加载项版本：开发版");
  expect(text).toMatch(/最近的错误：\S+\nTypeError: Cannot read properties of undefined \(reading 'values'\)\n\s+at Broken/);
  expect(screen.getByRole("status").textContent).toBe("已复制诊断信息，可以粘贴到邮件或聊天窗口中。");
  expect((screen.getByRole("textbox", { name: "诊断信息" }) as HTMLTextAreaElement).value).toBe(text);
  expect(screen.getByRole("button", { name: "重新加载" })).toBeTruthy();
});

test("outside Office: the diagnostics say office.js is not loaded; errors outside React are remembered", () => {
  const stop = watchErrors(window);
  window.dispatchEvent(Object.assign(new Event("unhandledrejection"), { reason: new Error("同步失败") }));
  stop();
  const text = diagnosticText(window);
  expect(text).toContain("Office 版本：未知");
  expect(text).toContain("支持的要求集：未知（office.js 未加载或未就绪）");
  expect(text).toMatch(/最近的错误：\S+\nError: 同步失败/);
  recordError("字符串错误");
  expect(diagnosticText(window)).toMatch(/最近的错误：\S+\n字符串错误$/);
});
