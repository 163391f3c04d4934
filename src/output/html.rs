//! Self-contained HTML pages: one file, inline CSS and SVG, no script, and
//! nothing loaded from anywhere (a Content-Security-Policy says so to the
//! browser too). Readable on screen and on paper.
//!
//! Templates are [maud](https://maud.lambda.xyz) `html!` blocks: checked at
//! compile time, no template files to ship, no runtime engine, and every
//! `(value)` spliced into a page is HTML-escaped unless it is explicitly
//! wrapped in `PreEscaped`. That default is what makes "every piece of
//! catalog text is escaped" hold by construction rather than by care; the
//! only `PreEscaped` values in platctl are the CSS below and markup that
//! maud itself produced.
//!
//! [`page`] and the components here (tiles, chips, links) are meant for every
//! HTML report (the roadmap report, the catalog page, the KPI dashboard).

use maud::{html, Markup, PreEscaped, DOCTYPE};

/// How a value reads: good news, a warning, bad news, or neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Good,
    Warn,
    Bad,
    Info,
    Neutral,
}

impl Tone {
    pub fn class(self) -> &'static str {
        match self {
            Tone::Good => "good",
            Tone::Warn => "warn",
            Tone::Bad => "bad",
            Tone::Info => "info",
            Tone::Neutral => "neutral",
        }
    }
}

/// The head of a page.
pub struct Page<'a> {
    /// The document title (browser tab, PDF name).
    pub title: &'a str,
    /// A small line above the heading: who and what kind of report.
    pub eyebrow: &'a str,
    pub heading: &'a str,
    /// The line under the heading (dates, as-of, state); already markup.
    pub meta: Markup,
    /// The footer line.
    pub footer: &'a str,
}

/// A whole HTML document around `body`.
pub fn page(p: &Page, body: Markup) -> String {
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:";
                meta name="generator" content="platctl";
                title { (p.title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                main.page {
                    header.masthead {
                        div.eyebrow { (p.eyebrow) }
                        h1 { (p.heading) }
                        div.meta { (p.meta) }
                    }
                    (body)
                    footer.footer { (p.footer) }
                }
            }
        }
    };
    super::safe::in_page(page.into_string())
}

/// A headline number.
pub struct Tile<'a> {
    pub label: &'a str,
    pub value: String,
    /// A line under the value.
    pub note: String,
    pub tone: Tone,
}

/// A row of headline numbers.
pub fn tiles(ts: &[Tile]) -> Markup {
    html! {
        div.tiles {
            @for t in ts {
                div class=(format!("tile {}", t.tone.class())) {
                    div.tile-label { (t.label) }
                    div.tile-value { (t.value) }
                    @if !t.note.is_empty() { div.tile-note { (t.note) } }
                }
            }
        }
    }
}

/// A small coloured label.
pub fn chip(text: &str, tone: Tone) -> Markup {
    html! { span class=(format!("chip {}", tone.class())) { (text) } }
}

/// A link when `url` is http(s) or mailto, plain text otherwise (a
/// `javascript:` or other scheme from a catalog file never becomes a link).
pub fn link(url: &str, text: &str) -> Markup {
    if is_web_url(url) {
        html! { a.print-url href=(url) { (text) } }
    } else {
        html! { span.muted title=(url) { (text) } }
    }
}

pub fn is_web_url(url: &str) -> bool {
    crate::model::ids::is_safe_url(url)
}

/// The page's look: system fonts, quiet colours, tables that print.
pub const CSS: &str = r#"
:root {
  --ink: #1f2328; --muted: #59636e; --faint: #8c959f; --line: #d8dee4; --wash: #f6f8fa;
  --accent: #0b5cad; --good: #1a7f37; --warn: #9a6700; --bad: #cf222e; --info: #0969da;
  --good-bg: #dafbe1; --warn-bg: #fff8c5; --bad-bg: #ffebe9; --info-bg: #ddf4ff; --neutral-bg: #eaeef2;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #eef1f4; color: var(--ink);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-variant-numeric: tabular-nums; }
.page { max-width: 1080px; margin: 24px auto; background: #fff; padding: 36px 44px 28px;
  border-radius: 6px; box-shadow: 0 1px 3px rgba(31,35,40,.12); }
.masthead { border-bottom: 3px solid var(--ink); padding-bottom: 14px; margin-bottom: 22px; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 11.5px; color: var(--muted); font-weight: 600; }
h1 { font-size: 28px; line-height: 1.2; margin: 4px 0 6px; font-weight: 700; letter-spacing: -.01em; }
h2 { font-size: 18px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 22px 0 6px; }
p { margin: 6px 0 10px; }
.meta { color: var(--muted); font-size: 13.5px; }
.meta .chip { margin-left: 4px; }
.lede { font-size: 15px; margin: 0 0 8px; }
.muted { color: var(--muted); }
.small { font-size: 12.5px; }
code, .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; color: var(--muted); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; margin: 8px 0 6px; }
.tile { border: 1px solid var(--line); border-top: 4px solid var(--faint); border-radius: 4px; padding: 10px 14px 12px; background: #fff; }
.tile.good { border-top-color: var(--good); } .tile.warn { border-top-color: #d4a72c; }
.tile.bad { border-top-color: var(--bad); } .tile.info { border-top-color: var(--info); }
.tile-label { font-size: 11.5px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); font-weight: 600; }
.tile-value { font-size: 28px; font-weight: 700; line-height: 1.25; margin-top: 2px; }
.tile-note { font-size: 12.5px; color: var(--muted); }
.chip { display: inline-block; font-size: 11.5px; font-weight: 600; line-height: 1.6; padding: 0 8px; border-radius: 10px; white-space: nowrap; }
.chip.good { background: var(--good-bg); color: var(--good); } .chip.warn { background: var(--warn-bg); color: var(--warn); }
.chip.bad { background: var(--bad-bg); color: var(--bad); } .chip.info { background: var(--info-bg); color: var(--info); }
.chip.neutral { background: var(--neutral-bg); color: var(--muted); }
table.data { width: 100%; border-collapse: collapse; margin: 8px 0 14px; font-size: 13px; }
table.data th { text-align: left; font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
  font-weight: 600; border-bottom: 2px solid var(--line); padding: 6px 8px; vertical-align: bottom; }
table.data td { border-bottom: 1px solid var(--line); padding: 7px 8px; vertical-align: top; }
table.data tr:last-child td { border-bottom: 0; }
table.data td.num, table.data th.num { text-align: right; white-space: nowrap; }
table.data td.nowrap { white-space: nowrap; }
table.data td.name { min-width: 11em; }
.item-title { font-weight: 600; }
.dim { color: var(--faint); }
.strike { text-decoration: line-through; }
.callout { border-left: 4px solid var(--faint); background: var(--wash); padding: 10px 14px; margin: 10px 0; border-radius: 0 4px 4px 0; }
.callout.good { border-left-color: var(--good); } .callout.warn { border-left-color: #d4a72c; } .callout.bad { border-left-color: var(--bad); }
.theme-head { display: flex; align-items: baseline; justify-content: space-between; gap: 12px; flex-wrap: wrap; }
.theme-head h3 { margin-bottom: 2px; }
figure { margin: 8px 0 4px; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 12px; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 12px; color: var(--muted); margin: 6px 0 4px; }
.legend span { display: inline-flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 18px; height: 10px; border-radius: 2px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; background: #fff; }
.card h4 { margin: 0; font-size: 15px; }
.card .summary { margin: 4px 0 8px; }
.card dl { display: grid; grid-template-columns: 84px 1fr; gap: 2px 10px; margin: 0; font-size: 12.5px; }
.card dt { color: var(--muted); }
.card dd { margin: 0; }
.card.retired { opacity: .65; }
.badges { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0; }
.footer { margin-top: 36px; padding-top: 10px; border-top: 1px solid var(--line); font-size: 11.5px; color: var(--faint); }
@media (max-width: 700px) { .page { padding: 20px 16px; margin: 0; border-radius: 0; } h1 { font-size: 23px; } }
@media print {
  @page { margin: 14mm 12mm; }
  body { background: #fff; font-size: 10pt; }
  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3, .theme-head { break-after: avoid; page-break-after: avoid; }
  .tiles, .tile, figure, tr, .card, .callout { break-inside: avoid; page-break-inside: avoid; }
  .tiles { grid-template-columns: repeat(auto-fit, minmax(110px, 1fr)); gap: 8px; }
  .tile-value { font-size: 20pt; }
  svg.meter { width: 120px; height: auto; }
  .cards { grid-template-columns: repeat(2, 1fr); }
  a { color: var(--ink); }
  a.print-url::after { content: " (" attr(href) ")"; font-size: 9pt; color: var(--muted); word-break: break-all; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_everywhere() {
        let p = Page {
            title: "<script>alert(1)</script>",
            eyebrow: "a & b",
            heading: "\"quoted\"",
            meta: chip("<b>", Tone::Bad),
            footer: "x",
        };
        let out = page(
            &p,
            tiles(&[Tile {
                label: "<i>",
                value: "1".into(),
                note: String::new(),
                tone: Tone::Good,
            }]),
        );
        assert!(out.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
        assert!(out.contains("a &amp; b"));
        assert!(out.contains("&quot;quoted&quot;"));
        assert!(out.contains("&lt;b&gt;"));
        assert!(out.contains("&lt;i&gt;"));
        assert!(!out.contains("<script"));
        assert!(out.starts_with("<!DOCTYPE html>"));
    }

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(
            link("https://docs.example.com/x?a=1&b=2", "Docs").into_string(),
            r#"<a class="print-url" href="https://docs.example.com/x?a=1&amp;b=2">Docs</a>"#
        );
        assert!(!link("javascript:alert(1)", "Docs")
            .into_string()
            .contains("href"));
        assert!(!link("https://x y", "Docs").into_string().contains("href"));
        assert!(!link("file:///etc/passwd", "Docs")
            .into_string()
            .contains("href"));
    }
}
