/**
 * Builds the task pane (taskpane.html), the ribbon's function file (commands.html), the icons and the manifest into
 * dist/.
 *
 *   npm run build       production build; needs no certificate and no network. The manifest's development URL
 *                       (https://localhost:3000/) is rewritten to the production address (`--env base=…`).
 *   npm run dev-server  https://localhost:3000 with office-addin-dev-certs (only here are certificates needed).
 *
 * Build settings, as `npm run build -- --env base=https://nianbao.example.gov.cn/ --env officejs=local` or as
 * environment variables (the --env form wins):
 *   base / ADDIN_URL          where dist/ is served in production (https, a "/" is added at the end when missing).
 *   officejs / OFFICE_JS_URL  the office.js the pane loads; default Microsoft's CDN. Other useful values: the 21Vianet CDN
 *                  https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js, or "local":
 *                  a same-origin copy for intranets, copied from OFFICE_JS_DIR (default
 *                  node_modules/@microsoft/office-js/dist, the whole tree, since office.js loads its host and locale
 *                  files next to itself) into dist/office-js/.
 */
const crypto = require("crypto");
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { version } = require("./package.json");

const urlDev = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** A build setting that cannot work: its Chinese message is printed alone (no stack) and the build stops with exit 2. */
class BuildSettingError extends Error {}

/** The production address from `--env base=…` or ADDIN_URL: an https URL ending in "/". */
function productionUrl(env) {
  const url = env.base || process.env.ADDIN_URL || "https://nianbao.example.gov.cn/";
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new BuildSettingError(`--env base=${url} 不是网址，请写成 https://nianbao.example.gov.cn/ 这样的地址`);
  }
  // Office loads add-ins only over https (office-platform.md).
  if (parsed.protocol !== "https:") throw new BuildSettingError(`--env base=${url}：Office 只从 https:// 地址加载加载项，请改为 https:// 地址`);
  return url.endsWith("/") ? url : `${url}/`;
}

function officeJs(env) {
  const setting = env.officejs || process.env.OFFICE_JS_URL || OFFICE_JS_CDN;
  if (setting !== "local") return { url: setting, copy: [] };
  const dir = path.resolve(process.env.OFFICE_JS_DIR || "node_modules/@microsoft/office-js/dist");
  if (!fs.existsSync(path.join(dir, "office.js")))
    throw new BuildSettingError(
      `--env officejs=local 需要 office.js 的 dist/ 目录，但“${dir}”中没有 office.js。请在能访问 npm 的电脑上运行 npm pack @microsoft/office-js，` +
        `解压后用 OFFICE_JS_DIR=…/package/dist 指向其中的 dist/ 目录再构建（见 README“内网部署”第 2 步）`,
    );
  return { url: "office-js/office.js", copy: [{ from: dir, to: "office-js" }] };
}

/**
 * The Content-Security-Policy of every page: scripts only from the add-in's own origin and office.js's (none other
 * when office.js is served locally), no inline script, no plugins, no <base> elsewhere, no form posting away. Styles
 * allow inline: office.js and Fluent UI set styles at run time (no script can run through a style). `frame-ancestors`
 * cannot be set in a <meta> and is not wanted: Office on the web frames the pane. The development server adds its
 * websocket for reloads.
 */
function contentSecurityPolicy(officeJsUrl, dev) {
  const office = /^https?:\/\//.test(officeJsUrl) ? new URL(officeJsUrl).origin : "";
  const sources = ["'self'", office].filter(Boolean).join(" ");
  return [
    "default-src 'self'",
    `script-src ${sources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${sources}${dev ? " wss://localhost:* ws://localhost:*" : ""}`,
    `frame-src ${sources}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** A short hash of a file, so that a new boot.js is not taken from a webview's cache. */
function fileHash(file) {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 8);
}

/** The settings of the command line, or exit 2 with the Chinese reason when one cannot work (never a stack trace or a hang). */
function settings(env) {
  try {
    return { office: officeJs(env), urlProd: productionUrl(env) };
  } catch (e) {
    if (!(e instanceof BuildSettingError)) throw e;
    console.error(`构建失败：${e.message}`);
    process.exit(2);
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const { office, urlProd } = settings(env);
  const csp = contentSecurityPolicy(office.url, dev);
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The .xlsx adapter reads a chosen workbook in the pane (审核汇总) with exceljs's browser build; its Node-only
      // parts (files on disk, the bounded reader on yauzl) are never called there.
      fallback: { fs: false },
      alias: { yauzl: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; ES modules let webpack split chunks and drop unused code.
              transpileOnly: true,
              compilerOptions: { module: "esnext", sourceMap: dev },
            },
          },
        },
        { test: /\.png$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: "react", priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|tslib)[\\/]/, name: "fluent", priority: 10 },
        },
      },
    },
    performance: { maxEntrypointSize: 1024 * 1024, maxAssetSize: 1024 * 1024 },
    plugins: [
      // The version shown in 诊断信息.
      new DefinePlugin({ "process.env.ADDIN_VERSION": JSON.stringify(version) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The template's inline ES5 check adds the bundle's scripts only on a supported webview.
        inject: false,
        templateParameters: { officeJsUrl: office.url, contentSecurityPolicy: csp, bootVersion: fileHash("./src/taskpane/boot.js") },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsUrl: office.url, contentSecurityPolicy: csp },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        inject: false,
        templateParameters: { contentSecurityPolicy: csp },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/boot.js", to: "boot.js" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) return content;
              const origin = urlDev.replace(/\/$/, "");
              return content.toString().split(urlDev).join(urlProd).split(origin).join(urlProd.replace(/\/$/, ""));
            },
          },
          ...office.copy,
        ],
      }),
    ],
  };
  if (process.env.WEBPACK_SERVE || env.WEBPACK_SERVE) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    };
  }
  return config;
};
module.exports.contentSecurityPolicy = contentSecurityPolicy;
