//! The frame of every portal page: head, site navigation, search box,
//! masthead and footer, in the look of every HTML report (the shared CSS of
//! `output::html`, plus what a site needs: navigation, dark mode, phone
//! layout, print).

use crate::output::html::{Page, CSS};
use maud::{html, Markup, PreEscaped, DOCTYPE};

/// The sections of the site, as the navigation lists them: (key, label, path).
pub const SECTIONS: &[(&str, &str, &str)] = &[
    ("home", "Home", "index.html"),
    ("capabilities", "Capabilities", "capabilities/index.html"),
    ("teams", "Teams", "teams/index.html"),
    ("deprecations", "Deprecations", "deprecations/index.html"),
    ("exceptions", "Exceptions", "exceptions/index.html"),
    ("intake", "Intake", "intake/index.html"),
    ("roadmap", "Roadmap", ""),
    ("kpis", "KPIs", "kpis.html"),
    ("radar", "Radar", "radar.html"),
    ("scorecards", "Scorecards", "scorecards/index.html"),
];

/// Where a page sits and what the navigation needs to know.
pub struct Frame<'a> {
    /// The catalog's name (the site's name).
    pub site: &'a str,
    /// `""` for a page at the root, `"../"` for one in a folder.
    pub root: &'a str,
    /// Which section of the navigation is this page's.
    pub section: &'a str,
    /// The roadmap page the navigation points at (the current quarter's).
    pub roadmap: Option<&'a str>,
    /// An inline script (the search page only).
    pub script: Option<&'a str>,
}

/// A whole page. With `head` the page gets the usual masthead; without, the
/// body brings its own `h1`.
pub fn page(f: &Frame, head: Option<&Page>, title: &str, body: Markup) -> String {
    let csp = if f.script.is_some() {
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'unsafe-inline'; form-action 'self'"
    } else {
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'"
    };
    let r = f.root;
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta http-equiv="Content-Security-Policy" content=(csp);
                meta name="generator" content="platctl";
                meta name="color-scheme" content="light dark";
                title { (title) }
                link rel="stylesheet" href=(format!("{r}assets/site.css"));
            }
            body {
                a.skip href="#main" { "Skip to content" }
                header.site-head {
                    div.site-bar {
                        a.site-name href=(format!("{r}index.html")) { (f.site) }
                        form.site-search role="search" action=(format!("{r}search.html")) method="get" {
                            label for="site-q" { "Search" }
                            input #site-q type="search" name="q" placeholder="id, name, team…";
                            button type="submit" { "Go" }
                        }
                    }
                    nav.site-nav aria-label="Sections" {
                        ul {
                            @for (key, label, path) in SECTIONS {
                                @let path = if *key == "roadmap" { f.roadmap.unwrap_or("") } else { path };
                                @if !path.is_empty() {
                                    li {
                                        @if *key == f.section {
                                            a href=(format!("{r}{path}")) aria-current="page" { (label) }
                                        } @else {
                                            a href=(format!("{r}{path}")) { (label) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                main #main .page {
                    @if let Some(p) = head {
                        header.masthead {
                            div.eyebrow { (p.eyebrow) }
                            h1 { (p.heading) }
                            div.meta { (p.meta) }
                        }
                    }
                    (body)
                    @if let Some(p) = head {
                        footer.footer { (p.footer) }
                    }
                }
                @if let Some(s) = f.script {
                    script { (PreEscaped(s)) }
                }
            }
        }
    };
    crate::output::safe::in_page(page.into_string())
}

/// The stylesheet every page links: the reports' look plus the site's parts.
pub fn stylesheet() -> String {
    format!("{CSS}{SITE_CSS}")
}

/// What a site adds to the reports' look.
const SITE_CSS: &str = r#"
/* The site: navigation, search box, contrast for small text. */
.skip { position: absolute; left: -9999px; top: 0; background: var(--ink); color: #fff; padding: 6px 10px; z-index: 10; }
.skip:focus { left: 8px; top: 8px; }
.site-head { background: #24292f; color: #fff; }
.site-bar { max-width: 1080px; margin: 0 auto; padding: 10px 16px 4px; display: flex; gap: 12px; align-items: center; justify-content: space-between; flex-wrap: wrap; }
.site-name { color: #fff; font-weight: 700; font-size: 16px; }
.site-search { display: flex; gap: 6px; align-items: center; }
.site-search label { font-size: 12.5px; color: #d0d7de; }
.site-search input { font: inherit; padding: 3px 8px; border-radius: 4px; border: 1px solid #57606a; min-width: 14em; background: #fff; color: #1f2328; }
.site-search button, .search-form button { font: inherit; padding: 3px 10px; border-radius: 4px; border: 1px solid #57606a; background: #f6f8fa; color: #1f2328; cursor: pointer; }
.site-nav ul { list-style: none; margin: 0 auto; padding: 2px 16px 8px; max-width: 1080px; display: flex; flex-wrap: wrap; gap: 2px 16px; }
.site-nav a { color: #e6edf3; font-size: 13.5px; }
.site-nav a[aria-current="page"] { color: #fff; font-weight: 700; text-decoration: underline; text-underline-offset: 4px; }
.footer, .dim, figcaption { color: var(--muted); }
.page a { text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 2px; }
.tile.warn { border-top-color: #9a6700; }
.cut { font-size: 13px; color: var(--muted); }
ul.plain { list-style: none; padding: 0; margin: 4px 0 10px; }
ul.plain li { padding: 2px 0; }
ul.inline { list-style: none; padding: 0; margin: 4px 0 10px; display: flex; flex-wrap: wrap; gap: 4px 14px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0 14px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.finding.error { border-left-color: var(--bad); } .finding.warning { border-left-color: #9a6700; }
.search-form { display: flex; gap: 8px; align-items: center; margin: 6px 0 14px; flex-wrap: wrap; }
.search-form input { font: inherit; padding: 5px 10px; min-width: 20em; border: 1px solid var(--line); border-radius: 4px; background: var(--wash); color: var(--ink); }
#results li { margin: 8px 0; }
.radar td { min-width: 9em; }
.table-wrap { overflow-x: auto; }
/* KPI cards (the dashboard's own look, inside the site's). */
.kpi-board header h1 { font-size: 28px; line-height: 1.2; margin: 4px 0 6px; }
.kpi-board .note, .kpi-board .formula, .kpi-board .id { color: var(--muted); font-size: 12.5px; }
.kpi-board .card { border-left: 5px solid var(--line); }
.kpi-board .card.on-target { border-left-color: var(--good); }
.kpi-board .card.off-target { border-left-color: var(--bad); }
.kpi-board .card.no-target { border-left-color: #9a6700; }
.kpi-board .card h3 { margin: 0; font-size: 15px; }
.kpi-board .card p { margin: 2px 0; }
.kpi-board .value { font-size: 24px; font-weight: 700; }
.kpi-board .status { font-size: 11.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.kpi-board .on-target .status, .kpi-board .good { color: var(--good); }
.kpi-board .off-target .status, .kpi-board .bad { color: var(--bad); }
.kpi-board .no-target .status { color: var(--warn); } .kpi-board .no-data .status { color: var(--muted); }
.kpi-board svg.spark { display: block; margin: 6px 0 2px; max-width: 100%; }
.kpi-board svg.spark polyline { fill: none; stroke: var(--info); stroke-width: 1.5; }
.kpi-board svg.spark circle { fill: var(--info); }
.kpi-board svg.spark text.none { font-size: 11px; fill: var(--muted); }
/* Dark mode follows the system setting. */
@media (prefers-color-scheme: dark) {
  :root { --ink: #e6edf3; --muted: #9da7b3; --faint: #8b949e; --line: #3d444d; --wash: #161b22;
    --accent: #58a6ff; --good: #3fb950; --warn: #d29922; --bad: #ff7b72; --info: #58a6ff;
    --good-bg: #12261e; --warn-bg: #272115; --bad-bg: #2d1517; --info-bg: #0c2d4b; --neutral-bg: #262c36; }
  body { background: #010409; }
  .page, .tile, .card { background: #0d1117; }
  .masthead { border-bottom-color: var(--line); }
  .site-head { background: #161b22; border-bottom: 1px solid var(--line); }
  .site-search input { background: #0d1117; color: var(--ink); border-color: var(--line); }
  .site-search button, .search-form button { background: #21262d; color: var(--ink); border-color: var(--line); }
  .tile.warn, .kpi-board .card.no-target { border-top-color: var(--warn); }
  svg text { fill: var(--ink); }
}
/* Phones: one column, tables scroll sideways. */
@media (max-width: 700px) {
  .site-search input { min-width: 0; width: 11em; }
  .search-form input { min-width: 0; width: 100%; }
  table.data { display: block; overflow-x: auto; }
  dl.facts { grid-template-columns: 1fr; gap: 0 0; } dl.facts dd { margin-bottom: 6px; }
}
/* Paper: no navigation or search, ink on white. */
@media print {
  :root { --ink: #1f2328; --muted: #59636e; --faint: #8c959f; --line: #d8dee4; --wash: #f6f8fa;
    --accent: #0b5cad; --good: #1a7f37; --warn: #9a6700; --bad: #cf222e; --info: #0969da;
    --good-bg: #dafbe1; --warn-bg: #fff8c5; --bad-bg: #ffebe9; --info-bg: #ddf4ff; --neutral-bg: #eaeef2; }
  .site-head, .skip, .search-form { display: none; }
  .page, .tile, .card { background: #fff; }
}
"#;
