/**
 * The built-ins newer than Chromium 64 that the pane's code and its libraries call, for WPS's webview (see
 * webpack.wps.config.js): ES2019–ES2020 methods and `queueMicrotask`, from core-js. Loaded first in the WPS build only;
 * each module patches only what the webview lacks. The Office build does not include it (its webview is Edge's).
 * The list comes from scanning the built bundle (bin/build-wps.cjs prints what it finds).
 */
import "core-js/stable/object/from-entries"; // Chromium 73
import "core-js/stable/array/flat"; // 69
import "core-js/stable/array/flat-map"; // 69
import "core-js/stable/string/match-all"; // 73
import "core-js/stable/string/trim-start"; // 66
import "core-js/stable/string/trim-end"; // 66
import "core-js/stable/global-this"; // 71
import "core-js/stable/queue-microtask"; // 71
