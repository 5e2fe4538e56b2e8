/**
 * The main page of the WPS 加载项 (index.html loads this as main.js; WPS opens it hidden when WPS 表格 starts). Its
 * only job is the ribbon: `ribbon.xml` names `ribbon.OnAddinLoad`, `ribbon.OnAction` and `ribbon.GetImage`, the
 * callback names of the wpsjs ET templates; the same functions are also global for builds that look them up by their
 * bare names. The 年报助手 button opens the task pane beside this page (taskpane.html, same folder), so the add-in
 * works served from an intranet server (http://) and installed offline (file://) alike.
 */
import { detectWps, showTaskPane } from "../workbook/wps-host";

/** The id of the ribbon button (ribbon.xml). */
const OPEN_BUTTON = "nianbaoOpen";

/** The folder of this page, with a trailing slash, without query or fragment. */
export function addinBase(href: string): string {
  const path = href.split("#")[0].split("?")[0];
  return path.slice(0, path.lastIndexOf("/") + 1);
}

interface RibbonControl {
  Id: string;
}

const ribbon = {
  /** Called once when WPS 表格 loads the ribbon; returning true keeps the add-in loaded. */
  OnAddinLoad(): boolean {
    return true;
  },
  /** A ribbon button was clicked. */
  OnAction(control: RibbonControl): boolean {
    if (control.Id !== OPEN_BUTTON) return true;
    const app = detectWps(window);
    if (!app) {
      window.alert("年报助手只能在 WPS 表格中使用。");
      return true;
    }
    try {
      showTaskPane(app, `${addinBase(document.location.href)}taskpane.html`);
    } catch (e) {
      // The ribbon has no other way to tell the user; say what to do next.
      window.alert(`无法打开年报助手任务窗格：${e instanceof Error ? e.message : String(e)}。请重启 WPS 表格后重试；仍不行时请联系本单位信息化管理员。`);
    }
    return true;
  },
  /** The button's icon, relative to this page. */
  GetImage(): string {
    return "assets/icon-32.png";
  },
};

Object.assign(window, { ribbon, OnAddinLoad: ribbon.OnAddinLoad, OnAction: ribbon.OnAction, GetImage: ribbon.GetImage });
