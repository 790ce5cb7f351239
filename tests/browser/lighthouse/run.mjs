// Runs Lighthouse 12 on a list of URLs in ONE Debian Chromium, and prints a
// JSON summary per URL on stdout (scores per category, the audits that did
// not pass, the main metrics).
//
//   node run.mjs < request.json > result.json
//
// request.json: {"urls": ["http://rkt.localhost:8000/", ...]}
//
// The browser is started once for all URLs (Lighthouse's CLI would start one
// per URL); each URL still gets Lighthouse's default mobile run with simulated
// throttling and a cleared cache, exactly as `lighthouse <url>` does.
// Used by tests/browser/test_lighthouse.py; never downloads a browser.

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
// The flags of shared/BROWSER.md: no sandbox as root, nothing that phones home.
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
// Lighthouse's defaults, except for how long it waits once the page is loaded
// (1 s each by default). Our pages run no JavaScript: nothing starts after the
// load event, so the trace is complete at once and the metrics, which are
// simulated from it, are the same; the waits only cost ~3 s per page. No
// full-page screenshot either: it is for the HTML report, not for a score.
const SETTINGS = {
  onlyCategories: CATEGORIES,
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 250,
  disableFullPageScreenshot: true,
};
// A run whose trace Chromium failed to record (NO_NAVSTART on a busy machine)
// is a failure of the measurement, not of the page: run it again.
const ATTEMPTS = 3;
const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "speed-index",
];

function readStdin() {
  return new Promise((resolve, reject) => {
    let data = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => (data += chunk));
    process.stdin.on("end", () => resolve(data));
    process.stdin.on("error", reject);
  });
}

function summarise(url, lhr, seconds) {
  const scores = {};
  const failing = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category && category.score !== null ? Math.round(category.score * 100) : null;
    for (const ref of category ? category.auditRefs : []) {
      const audit = lhr.audits[ref.id];
      // Weighted audits and informative ones with a score both count: a
      // binary audit at 0 or a numeric one below 0.9 is what a reader sees
      // as "failed" in Lighthouse's report.
      const mode = audit.scoreDisplayMode;
      if ((mode === "binary" || mode === "numeric" || mode === "metricSavings") && audit.score !== null && audit.score < 1) {
        failing[ref.id] = {
          category: id,
          score: audit.score,
          title: audit.title,
          displayValue: audit.displayValue || "",
          weight: ref.weight,
        };
      }
    }
  }
  const metrics = {};
  for (const id of METRICS) {
    metrics[id] = lhr.audits[id] ? lhr.audits[id].numericValue : null;
  }
  return {
    url,
    lighthouseVersion: lhr.lighthouseVersion,
    finalUrl: lhr.finalDisplayedUrl,
    scores,
    failing,
    metrics,
    runtimeError: lhr.runtimeError ? lhr.runtimeError.message : null,
    warnings: lhr.runWarnings,
    seconds,
  };
}

const request = JSON.parse(await readStdin());
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
const results = [];
try {
  for (const url of request.urls) {
    const started = Date.now();
    let summary;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const runner = await lighthouse(
        url,
        { port: chrome.port, output: "json", logLevel: "error" },
        { extends: "lighthouse:default", settings: SETTINGS },
      );
      summary = summarise(url, runner.lhr, (Date.now() - started) / 1000);
      summary.attempts = attempt;
      if (!summary.runtimeError) break;
    }
    process.stderr.write(`${summary.seconds.toFixed(1)} s ${url} ${JSON.stringify(summary.scores)}\n`);
    results.push(summary);
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify({ results }, null, 1) + "\n");
