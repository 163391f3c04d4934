// Opens a built portal in headless Chromium over file:// and checks it the
// way a reader's browser would see it:
//   - no console error, no page error, no request outside the site's folder;
//   - search.html?q=TEXT shows the expected result;
//   - axe-core finds no serious or critical violation on each kind of page
//     (in light and in dark mode);
//   - optionally, screenshots.
//
// node tests/site/check.mjs SITE_DIR --pages a.html,b.html --search "q=>href" [--screenshots DIR]
// Prints one line per check; exits 1 with the reasons when a check fails,
// 3 when the browser or the node modules are missing.
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import os from "node:os";
import fs from "node:fs";

const here = path.dirname(fileURLToPath(import.meta.url));
const tools = path.resolve(here, "..", "tools");
const require = createRequire(path.join(tools, "package.json"));
const CHROMIUM = process.env.PLATCTL_CHROMIUM || "/usr/bin/chromium";

function missing(what) {
  console.error(`${what} is missing: run tests/tools/install.sh (it installs Chromium from the system's packages and axe-core and puppeteer-core from npm)`);
  process.exit(3);
}
if (!existsSync(CHROMIUM)) missing(`Chromium (${CHROMIUM})`);
let puppeteer, axePath;
try {
  puppeteer = require("puppeteer-core");
  axePath = require.resolve("axe-core/axe.min.js");
} catch (e) {
  missing("the node modules axe-core and puppeteer-core (tests/tools/node_modules)");
}
const axeSource = readFileSync(axePath, "utf8");

const args = process.argv.slice(2);
const site = path.resolve(args[0]);
const opt = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? null : args[i + 1];
};
const pages = (opt("--pages") || "index.html").split(",").filter(Boolean);
const searches = (opt("--search") || "").split("|").filter(Boolean).map((s) => {
  const [q, expect] = s.split("=>");
  return { q, expect };
});
const shots = opt("--screenshots");
if (shots) fs.mkdirSync(shots, { recursive: true });
const siteUrl = pathToFileURL(site).href + "/";

const failures = [];
const fail = (msg) => { failures.push(msg); console.log(`FAIL ${msg}`); };

const profile = fs.mkdtempSync(path.join(os.tmpdir(), "platctl-chromium-"));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
    "--disable-dev-shm-usage", `--user-data-dir=${profile}`,
  ],
});

async function open(rel, scheme) {
  const page = await browser.newPage();
  const problems = [];
  // Until axe is injected: what axe itself does (it reads stylesheets) is not the page's.
  const state = { own: true };
  page.on("console", (m) => { if (state.own && m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => { if (state.own) problems.push(`page error: ${e.message}`); });
  page.on("dialog", async (d) => { problems.push(`a script from the catalog ran: ${d.type()} ${d.message()}`); await d.dismiss(); });
  page.on("requestfailed", (r) => {
    if (state.own) problems.push(`request failed: ${r.url()} (${r.failure() && r.failure().errorText})`);
  });
  await page.setRequestInterception(true);
  page.on("request", (r) => {
    const u = r.url();
    if (!state.own) { r.continue(); return; }
    if (u.startsWith(siteUrl) || u.startsWith("data:") || u === "about:blank") {
      r.continue();
    } else {
      problems.push(`request leaves the site: ${u}`);
      r.abort();
    }
  });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
  await page.setViewport({ width: 1100, height: 900 });
  const res = await page.goto(siteUrl + rel, { waitUntil: "load" });
  if (!res) problems.push("no response");
  return { page, problems, state };
}

async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")})`);
  });
}

for (const rel of pages) {
  for (const scheme of ["light", "dark"]) {
    const { page, problems, state } = await open(rel, scheme);
    // Links name files inside the site: no bare folder, nothing absolute.
    const links = await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")));
    for (const h of links) {
      if (/^(https?:|mailto:)/i.test(h) || h.startsWith("#")) continue;
      const file = h.split("#")[0].split("?")[0];
      if (h.startsWith("/") || file.endsWith("/") || !/\.(html|json)$/.test(file)) {
        problems.push(`link does not name a file in the site: ${h}`);
      } else if (!existsSync(path.join(site, path.dirname(rel), decodeURIComponent(file)))) {
        problems.push(`broken link: ${h}`);
      }
    }
    state.own = false;
    const violations = await axe(page);
    for (const v of violations) problems.push(`axe ${scheme}: ${v}`);
    // Axe injects a script; check requests and console only from the page itself.
    if (problems.length) problems.forEach((p) => fail(`${rel} (${scheme}): ${p}`));
    else console.log(`ok ${rel} (${scheme}): ${links.length} links, no console error, no outside request, axe clean`);
    if (shots && scheme === "light") {
      const name = rel.replace(/[\/.]/g, "-").replace(/-html$/, "") + ".png";
      await page.screenshot({ path: path.join(shots, name), type: "png", clip: { x: 0, y: 0, width: 1100, height: 720 } });
    }
    await page.close();
  }
}

for (const { q, expect } of searches) {
  const { page, problems } = await open(`search.html?q=${encodeURIComponent(q)}`, "light");
  const hrefs = await page.$$eval("#results a", (as) => as.map((a) => a.getAttribute("href")));
  const count = await page.$eval("#count", (e) => e.textContent);
  const input = await page.$eval("#q", (e) => e.value);
  if (input !== q) problems.push(`the search box holds "${input}", not "${q}"`);
  if (expect === "none") {
    if (hrefs.length) problems.push(`expected no result, got ${hrefs.join(", ")}`);
  } else if (!hrefs.includes(expect)) {
    problems.push(`expected ${expect} among the results, got [${hrefs.slice(0, 10).join(", ")}] (${count})`);
  }
  if (problems.length) problems.forEach((p) => fail(`search "${q}": ${p}`));
  else console.log(`ok search "${q}": ${hrefs.length} results (${count})`);
  if (shots) await page.screenshot({ path: path.join(shots, "search.png"), type: "png" });
  await page.close();
}

await browser.close();
fs.rmSync(profile, { recursive: true, force: true });
if (failures.length) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
