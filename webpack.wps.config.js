/**
 * Builds the WPS 加载项 (WPS 表格) into dist-wps/addin/: the same task pane as the Office build (src/taskpane, which
 * finds WPS's Application object at start), the hidden main page with the ribbon's callbacks (index.html + main.js),
 * ribbon.xml, manifest.xml, the icons and the help page. Run through `npm run build:wps` (bin/build-wps.cjs), which
 * then lays out the online and offline deployment folders.
 *
 * JavaScript target: Chromium 64 (January 2018). WPS shows add-ins in its own Chromium-based webview whose version it
 * does not document and which differs between builds (WPS 2019 and the 信创 builds on 麒麟 and 统信 still in use), so
 * every module, node_modules (React, Fluent UI) included, is transpiled by esbuild to ES2018 syntax — no optional
 * chaining, no `??`, no class fields, no `import()` left for the browser — and the few newer built-ins the code calls
 * (Object.fromEntries, Array.prototype.flat …) come from core-js (src/wps/polyfills.ts). ES2018 rather than ES2017
 * because the rules use Unicode property escapes in regular expressions (`\p{P}`), which no transpiler can lower.
 * bin/build-wps.cjs parses the output as ES2018 and fails the build if anything newer slipped through.
 *
 * Build setting: WPS_ADDIN_NAME (default nianbao) names the add-in in ribbon and deployment files.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { EsbuildPlugin } = require("esbuild-loader");
const { version } = require("./package.json");

/** The JavaScript the WPS webview must parse (see above). */
const TARGET = "es2018";

/**
 * The pages' Content-Security-Policy: scripts only from the add-in's own folder (no inline script, no eval), styles
 * from it and inline (Fluent UI injects its styles at run time), images from it and data: URLs, no plugins, no forms.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

module.exports = (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const out = path.resolve(__dirname, env.out || "dist-wps/addin");
  return {
    devtool: dev ? "source-map" : false,
    target: ["web", TARGET],
    entry: {
      taskpane: ["./src/wps/polyfills.ts", "./src/taskpane/index.tsx"],
      main: "./src/wps/main.ts",
    },
    output: {
      path: out,
      // main.js keeps its name: older WPS builds write their own index.html that loads ./main.js.
      filename: (chunk) => (chunk.chunk.name === "main" ? "main.js" : dev ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "",
      clean: true,
      environment: { arrowFunction: true, const: true, destructuring: true, forOf: true, dynamicImport: false, module: false, optionalChaining: false, templateLiteral: true },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The PDF library needs ES2020 (dynamic import) that older WPS webviews cannot parse: the WPS pane imports Word
      // documents, web pages and text, and says a PDF cannot be read here (src/import/pdf-source.ts).
      alias: { "pdfjs-dist/legacy/build/pdf.mjs": false, "pdfjs-dist/legacy/build/pdf.worker.mjs": false, yauzl: false },
      // The .xlsx adapter in the pane (审核汇总) never touches files on disk (see webpack.config.js).
      fallback: { fs: false },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: { loader: "tsx", target: TARGET, jsx: "automatic" } },
        { test: /\.m?js$/, include: /node_modules/, loader: "esbuild-loader", options: { loader: "js", target: TARGET } },
        { test: /\.png$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    optimization: {
      // esbuild minifies to the same target (and in seconds, where terser takes a minute on Fluent UI).
      minimizer: [new EsbuildPlugin({ target: TARGET, legalComments: "external" })],
      splitChunks: {
        chunks: (chunk) => chunk.name !== "main",
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: "react", priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|tslib)[\\/]/, name: "fluent", priority: 10 },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      // The version shown in 诊断信息 (the pane is shared with the Office build, which defines the same).
      new DefinePlugin({ "process.env.ADDIN_VERSION": JSON.stringify(version) }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/wps/taskpane.html", chunks: ["taskpane"], templateParameters: { csp: CSP } }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/wps/index.html", inject: false, templateParameters: { csp: CSP } }),
      // The help page is a template too (its policy is filled in): copied as it was, it carried `<%= … %>` as its CSP.
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [], inject: false, templateParameters: { contentSecurityPolicy: CSP } }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "src/wps/manifest.xml", to: "manifest.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
        ],
      }),
    ],
  };
};

module.exports.CSP = CSP;
module.exports.TARGET = TARGET;
