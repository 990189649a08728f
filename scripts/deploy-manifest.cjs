// The manifest for a deployment: manifest.xml points at the development server
// (https://localhost:3000); a production build for an office rewrites that origin to where the
// office hosts dist/ (`npm run build -- --env publicUrl=https://…`), and optionally the support
// link Office shows in the add-in's details (`--env supportUrl=https://…`). Used by
// webpack.config.js; tested by test/deploy-manifest.test.ts.

const DEV_ORIGIN = "https://localhost:3000";

/**
 * An https address without credentials (nor, for the add-in's own origin, a query or fragment:
 * its pages are appended to it), normalised without a trailing slash.
 * @param {string} name the option's name, for the message
 * @param {string} value
 * @param {boolean} page whether it is a page's address, which may carry ? and #
 * @returns {string}
 */
function httpsAddress(name, value, page = false) {
  let url;
  try {
    url = new URL(String(value).trim());
  } catch {
    throw new Error(`${name} "${value}" is not a complete web address, for example https://addins.example.be/adminpulse`);
  }
  if (url.protocol !== "https:") throw new Error(`${name} must start with https:// (Office loads add-ins over https only): ${value}`);
  if (url.username || url.password) throw new Error(`${name} must not contain a user name or password: ${value}`);
  if (page) return url.href;
  if (url.search || url.hash) throw new Error(`${name} must be a plain address, without ? or #: ${value}`);
  return url.href.replace(/\/+$/, "");
}

/**
 * Text for a double-quoted XML attribute.
 * @param {string} text
 * @returns {string}
 */
function attribute(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * @param {string} xml the development manifest
 * @param {{ publicUrl: string, supportUrl?: string }} options
 * @returns {string} the manifest for that address
 */
function deployManifest(xml, options) {
  const base = httpsAddress("publicUrl", options.publicUrl);
  if (!xml.includes(`${DEV_ORIGIN}/`)) throw new Error(`manifest.xml has no ${DEV_ORIGIN}/ address to replace`);
  // The addresses stand in attributes: escaped for XML (an office's path may hold & or ').
  let out = xml.split(`${DEV_ORIGIN}/`).join(`${attribute(base)}/`);
  // The header comment describes the development manifest; say what this one is instead (no
  // address in it: a comment may not hold "--", which punycode host names do).
  out = out.replace(
    /The URLs point at the webpack dev server \(https:\/\/localhost:3000\); a deployment replaces the\s+origin\./,
    "Built for a deployment: the URLs point where the office hosts the add-in.",
  );
  if (options.supportUrl) {
    const support = httpsAddress("supportUrl", options.supportUrl, true);
    const before = out;
    // A function, so that "$&" or "$'" in the address is not read as a replacement pattern.
    out = out.replace(/<SupportUrl DefaultValue="[^"]*"\/>/, () => `<SupportUrl DefaultValue="${attribute(support)}"/>`);
    if (out === before) throw new Error("manifest.xml has no <SupportUrl> to set");
  }
  if (out.includes("localhost")) throw new Error("manifest.xml still mentions localhost after the rewrite");
  return out;
}

module.exports = { deployManifest, DEV_ORIGIN };
