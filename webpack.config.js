// Builds the task pane (taskpane.html, which is also the shared runtime where the ribbon's
// function lives) into dist/, with the icons and the manifest next to them. `webpack serve`
// (npm run dev-server) serves the same on https://localhost:3000, where manifest.xml points.
//
// Development builds and `webpack serve` also build the workbench (../workbench/README.md):
// workbench.html (the simulated workbook beside the pane) and workbench-pane.html (taskpane.html
// without office.js, with the simulator's host script loaded before the unchanged pane bundle).
// A production build leaves it out, so the bundle Excel loads never carries the simulator, unless
// `--env workbench` asks for it. Options (`--env name=value`):
//   workbench            production build with the workbench pages too
//   workbenchApi=URL     the AdminPulse address the workbench suggests (default: the sandbox's
//                        http://127.0.0.1:3100); the page's `?api=` overrides it
//   http                 serve over plain http (the workbench, `npm run workbench`), no certificate
//   publicUrl=URL        where the office hosts dist/: dist/manifest.xml points there instead of
//                        https://localhost:3000 (scripts/deploy-manifest.cjs)
//   supportUrl=URL       the support link of dist/manifest.xml (Office shows it in the add-in's details)
//   apiBaseUrl=URL       fixes the AdminPulse address: the pane calls only this one, Settings
//                        cannot change it, and the pane's Content-Security-Policy names it
//                        (src/settings/fixed-address.ts). https only, without user name,
//                        password, ? or #: anything else stops the build
//
// The pane sets its own Content-Security-Policy (src/taskpane/content-security-policy.ts), which
// allows no eval: development builds therefore use a source map without eval too, and differ from
// production builds, as far as the policy goes, only by allowing loopback on any port. The dev
// server answers only to loopback names (allowedHosts), against DNS rebinding.
//
// Type checking is not done here (ts-loader transpiles only); it is `npm run typecheck`.

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");
const { deployManifest, DEV_ORIGIN } = require("./scripts/deploy-manifest.cjs");

const DEV_SERVER_PORT = 3000;
const WORKBENCH_DEFAULT_API = "http://127.0.0.1:3100";
const TASKPANE_TEMPLATE = path.resolve(__dirname, "src/taskpane/taskpane.html");
const OFFICE_JS_TAG = /[ \t]*(?:<!--[^>]*-->\s*)?<script[^>]*\bsrc="https:\/\/appsforoffice\.microsoft\.com\/[^"]*"[^>]*><\/script>[ \t]*\r?\n?/;

/**
 * `--env apiBaseUrl=`: the AdminPulse address an office fixes, normalised as the pane normalises
 * addresses (src/adminpulse/address.ts), or null. Stricter than the pane's rule: https only (no
 * plain-http loopback sandbox in a build for an office). Throws with a message on anything else.
 */
function fixedApiBaseUrl(value) {
  if (value === undefined || value === "") return null;
  if (typeof value !== "string") throw new Error("--env apiBaseUrl needs an address: --env apiBaseUrl=https://api.adminpulse.be");
  const text = value.trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`apiBaseUrl "${value}" is not a complete web address, for example https://api.adminpulse.be`);
  }
  if (url.protocol !== "https:") throw new Error(`apiBaseUrl must start with https:// (the API key must not travel in clear): ${value}`);
  if (url.username || url.password) throw new Error(`apiBaseUrl must not contain a user name or password: ${value}`);
  if (url.search || url.hash || text.includes("?") || text.includes("#")) throw new Error(`apiBaseUrl must be a plain address, without ? or #: ${value}`);
  return url.href.replace(/\/+$/, "");
}

/**
 * workbench-pane.html: taskpane.html as it is, minus office.js (the workbench runs offline and its
 * host script stands in for Office), so the pane's page cannot drift from the one Excel loads.
 */
function workbenchPaneHtml() {
  const html = fs.readFileSync(TASKPANE_TEMPLATE, "utf8");
  if (!OFFICE_JS_TAG.test(html)) {
    throw new Error(`webpack.config.js: no office.js <script> found in ${TASKPANE_TEMPLATE} to leave out of workbench-pane.html`);
  }
  return html.replace(OFFICE_JS_TAG, "");
}

/**
 * HTTPS options for the dev server. Office only loads add-ins over https from a trusted origin,
 * so on Windows and macOS office-addin-dev-certs makes a developer CA, trusts it and issues a
 * localhost certificate. Where trusting the CA fails (Linux without sudo, containers, CI), the
 * certificates it generated are still used, and failing that webpack-dev-server's own
 * self-signed one: the browser then shows a certificate warning, which is fine for local work.
 */
async function httpsServerOptions() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const reason = String((error && error.message) || error).trim();
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
    const note = (text) => console.warn(`\n[certificates] ${text}\n`);
    if (Object.values(paths).every((p) => fs.existsSync(p))) {
      note(
        `The developer certificate could not be trusted on this machine (${reason}).\n` +
          `Serving https with the certificate generated in ${dir}; browsers warn about it until\n` +
          `${paths.ca} is trusted. This is expected on Linux and in containers.`,
      );
      return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
    }
    note(`No developer certificate is available (${reason}).\n` + `Serving https with a self-signed certificate; browsers warn about it.`);
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const plainHttp = Boolean(env.http);
  const https = serving && !plainHttp ? await httpsServerOptions() : undefined;
  const workbench = !production || serving || Boolean(env.workbench);
  const workbenchApi = typeof env.workbenchApi === "string" && env.workbenchApi ? env.workbenchApi : WORKBENCH_DEFAULT_API;
  // Checked first, so that a wrong address stops the build before anything is built.
  const fixedApi = fixedApiBaseUrl(env.apiBaseUrl);
  const deploy = typeof env.publicUrl === "string" && env.publicUrl ? { publicUrl: env.publicUrl, supportUrl: env.supportUrl || undefined } : null;
  if (!deploy && env.supportUrl) throw new Error("--env supportUrl is for a deployment: give --env publicUrl=https://<where dist/ is hosted> too.");
  // Checked now, so that a wrong address stops the build before anything is built.
  if (deploy) {
    deployManifest(fs.readFileSync(path.resolve(__dirname, "manifest.xml"), "utf8"), deploy);
    if (!deploy.supportUrl) {
      console.warn(
        `\n[manifest] No --env supportUrl: the add-in's support link opens the add-in's own page. Give your help page's address so that users know where to report a problem.\n`,
      );
    }
  } else if (production && !serving) {
    console.warn(`\n[manifest] dist/manifest.xml points at ${DEV_ORIGIN}. To deploy, build with --env publicUrl=https://<where dist/ is hosted>.\n`);
  }

  return {
    mode: production ? "production" : "development",
    // No eval-based source map in development: the pane's policy forbids eval.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      ...(workbench
        ? {
            workbench: "./workbench/index.tsx",
            "workbench-host": "./workbench/host.ts",
          }
        : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // The repo's tsconfig is for type checking (noEmit); the bundle needs emitted ES modules.
              compilerOptions: { noEmit: false, module: "esnext", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      ...(workbench
        ? [
            new HtmlWebpackPlugin({
              filename: "workbench.html",
              template: "./workbench/workbench.html",
              chunks: ["workbench"],
            }),
            new HtmlWebpackPlugin({
              filename: "workbench-pane.html",
              templateContent: workbenchPaneHtml,
              // The host script must run first: it puts window.__adminPulseHost in place for the pane.
              chunks: ["workbench-host", "taskpane"],
              chunksSortMode: "manual",
            }),
            new webpack.DefinePlugin({
              __WORKBENCH_CONFIG__: JSON.stringify({ apiBaseUrl: workbenchApi }),
            }),
          ]
        : []),
      new webpack.DefinePlugin({
        __FIXED_API_BASE_URL__: JSON.stringify(fixedApi),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml", ...(deploy ? { transform: (content) => deployManifest(content.toString("utf8"), deploy) } : {}) },
        ],
      }),
    ],
    performance: {
      // Fluent UI makes the task pane bundle large; it is loaded once per session from the add-in's
      // origin. Warn only well above today's size.
      maxEntrypointSize: 2_000_000,
      maxAssetSize: 2_000_000,
    },
    // While serving, print a one-line summary per rebuild (and any problems), not every asset.
    stats: serving ? "minimal" : "normal",
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          host: "localhost",
          // Only requests addressed to a loopback name (webpack-dev-server also lets IP literals
          // through): a page of another site whose name resolves to 127.0.0.1 (DNS rebinding)
          // gets 403.
          allowedHosts: ["localhost", "127.0.0.1", "::1"],
          headers: { "Access-Control-Allow-Origin": "*" },
          server: plainHttp ? "http" : https ? { type: "https", options: https } : "https",
          static: false,
          // The workbench's pane page runs two entries (its host script and the pane), each with its
          // own webpack runtime; hot updates assume one runtime per page, so it reloads instead.
          // (Without React Fast Refresh, hot updates of the pane end in a reload anyway.)
          hot: !plainHttp,
          liveReload: true,
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};
