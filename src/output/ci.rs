//! Lint findings for CI: SARIF (code scanning), GitHub workflow commands
//! (pull-request annotations) and JUnit XML (test reports).
//!
//! Paths here are relative to the repository root: `prefix` is the catalog
//! root's place in the git working tree (`""` at the top, `"catalog/"` in a
//! subdirectory, `""` outside git, where paths stay relative to the catalog).

use super::diagnostics::Sources;
use crate::catalog::Catalog;
use crate::lint::registry::RULES;
use crate::lint::Diagnostic;
use crate::model::Level;
use anyhow::Result;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};

/// Where a finding starts and ends: 1-based lines, columns in characters, end exclusive.
struct Region {
    line: u32,
    col: u32,
    end_line: u32,
    end_col: u32,
}

fn region(src: &Sources, d: &Diagnostic) -> Region {
    let (end_line, end_col) = src.end_of(d);
    let line = d.span.line.max(1);
    let col = d.span.col.max(1);
    Region {
        line,
        col,
        end_line: end_line.max(line),
        end_col: end_col.max(col + 1),
    }
}

fn level_name(l: Level) -> &'static str {
    match l {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Off => "none",
    }
}

/// A path as a URI reference: every byte outside the unreserved set and `/` percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// FNV-1a, 64 bits: stable across runs, platforms and Rust versions.
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain([0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

fn message_with_help(d: &Diagnostic) -> String {
    match &d.help {
        Some(h) => format!("{}\nhelp: {h}", d.message),
        None => d.message.clone(),
    }
}

/// The rules' reference in the repository: `informationUri` and each rule's
/// `helpUri` (with the rule's anchor) point at this file under the
/// `repository` address of Cargo.toml.
const DOCS_PATH: &str = "/blob/main/docs/rules.md";

/// A rule's section of docs/rules.md, when Cargo.toml names the project's
/// home (an empty or invented URI is not a valid link).
pub fn rule_doc(id: &str) -> Option<String> {
    let home = env!("CARGO_PKG_REPOSITORY");
    (!home.is_empty()).then(|| format!("{home}{DOCS_PATH}#{id}"))
}

/// `yaml-syntax` → `YamlSyntax`; a one-word id gets `Check` (`SchemaCheck`),
/// since SARIF wants the name to differ from the id, case aside.
fn pascal(id: &str) -> String {
    let name: String = id
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect();
    if name.eq_ignore_ascii_case(id) {
        format!("{name}Check")
    } else {
        name
    }
}

fn sarif_rule(r: &crate::lint::registry::Rule) -> Value {
    let text = format!(
        "{}\n\nExample that breaks it:\n{}\nFix: {}",
        r.rationale, r.example, r.fix
    );
    let markdown = format!(
        "{}\n\n**Example that breaks it**\n\n```yaml\n{}```\n\n**Fix**: {}\n\nRun `platctl explain {}` for the same text in a terminal.",
        r.rationale, r.example, r.fix, r.id
    );
    let mut rule = json!({
        "id": r.id.as_str(),
        // SARIF wants a readable name that differs from the id.
        "name": pascal(r.id.as_str()),
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.rationale},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": level_name(r.id.default_level())},
        "properties": {"tags": ["platctl", "catalog"]},
    });
    if let Some(uri) = rule_doc(r.id.as_str()) {
        rule["helpUri"] = json!(uri);
    }
    rule
}

/// SARIF 2.1.0, as GitHub code scanning reads it: one run, every rule in
/// `tool.driver.rules`, one physical location per result, and a fingerprint
/// that survives lines moving (rule, file, message, and the occurrence count
/// of that triple).
pub fn sarif(cat: &Catalog, diags: &[Diagnostic], prefix: &str) -> Result<String> {
    let index: HashMap<&str, usize> = RULES
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    let mut seen: HashMap<(&str, &str, &str), usize> = HashMap::new();
    let src = Sources::new(cat, diags);
    let results: Vec<Value> = diags
        .iter()
        .map(|d| {
            let path = format!("{prefix}{}", cat.path(d.file));
            let r = region(&src, d);
            let n = seen.entry((d.rule.as_str(), cat.path(d.file), d.message.as_str())).or_insert(0);
            *n += 1;
            let fingerprint = format!("{:016x}:{n}", fnv1a(&[d.rule.as_str(), &path, &d.message]));
            let mut result = json!({
                "ruleId": d.rule.as_str(),
                "level": level_name(d.level),
                "message": {"text": message_with_help(d)},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&path)},
                        "region": {"startLine": r.line, "startColumn": r.col, "endLine": r.end_line, "endColumn": r.end_col},
                    }
                }],
                "partialFingerprints": {"platctlFinding/v1": fingerprint},
            });
            if let Some(i) = index.get(d.rule.as_str()) {
                result["ruleIndex"] = json!(i);
            }
            result
        })
        .collect();
    let mut log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "platctl",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": RULES.iter().map(|r| sarif_rule(r)).collect::<Vec<_>>(),
                }
            },
            // Columns count characters, as every platctl output does.
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    // The project's home, when Cargo.toml names one (an empty URI is not valid SARIF).
    let home = env!("CARGO_PKG_REPOSITORY");
    if !home.is_empty() {
        log["runs"][0]["tool"]["driver"]["informationUri"] = json!(format!("{home}{DOCS_PATH}"));
    }
    let mut s = serde_json::to_string_pretty(&log)?;
    s.push('\n');
    Ok(s)
}

/// A workflow command's message: `%`, CR and LF escaped as the runner
/// reads them, then every other control and bidi character shown as
/// `\u{1b}`, `\u{202e}`...: the runner prints the line in the job's log,
/// whose viewer runs colour sequences, and a name from a pull request must
/// not restyle or reorder it (an annotation on a file whose name holds one
/// is then not placed on the file, but still said).
fn escape_data(s: &str) -> String {
    let runner = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    super::safe::term(&runner).into_owned()
}

/// A workflow command's property value: as data, and `:` and `,` too.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub Actions workflow commands, one line per finding:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`.
pub fn github(cat: &Catalog, diags: &[Diagnostic], prefix: &str) -> Result<String> {
    let mut out = String::new();
    let src = Sources::new(cat, diags);
    for d in diags {
        let r = region(&src, d);
        let command = if d.level == Level::Error {
            "error"
        } else {
            "warning"
        };
        let file = escape_property(&format!("{prefix}{}", cat.path(d.file)));
        out.push_str(&format!(
            "::{command} file={file},line={},col={},endLine={},endColumn={},title={}::{}\n",
            r.line,
            r.col,
            r.end_line,
            r.end_col,
            escape_property(d.rule.as_str()),
            escape_data(&message_with_help(d))
        ));
    }
    Ok(out)
}

/// XML text or attribute value.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            // Characters XML 1.0 cannot hold at all.
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Element text: like an attribute, but line breaks stay line breaks.
fn xml_text(s: &str) -> String {
    xml(s).replace("&#10;", "\n")
}

fn describe(prefix: &str, cat: &Catalog, d: &Diagnostic) -> String {
    let mut s = format!(
        "{prefix}{}:{}:{}: {}[{}] {}",
        cat.path(d.file),
        d.span.line,
        d.span.col,
        level_name(d.level),
        d.rule,
        d.message
    );
    if let Some(h) = &d.help {
        s.push_str(&format!("\n  help: {h}"));
    }
    s
}

/// JUnit XML: one test suite per file linted (`files`, plus any file a
/// finding names), one test case per finding, each failing with its message
/// when it is an error (or a warning with `warnings_fail`, as with
/// `--deny-warnings`); a file without findings is one passing case. Every
/// `tests` and `failures` count is the number of elements it counts.
pub fn junit(
    cat: &Catalog,
    diags: &[Diagnostic],
    files: &[&str],
    prefix: &str,
    warnings_fail: bool,
) -> String {
    let mut by_file: BTreeMap<&str, Vec<&Diagnostic>> =
        files.iter().map(|f| (*f, Vec::new())).collect();
    for d in diags {
        by_file.entry(cat.path(d.file)).or_default().push(d);
    }
    let fails = |d: &Diagnostic| d.level == Level::Error || warnings_fail;
    let mut body = String::new();
    let (mut all_tests, mut all_failures) = (0usize, 0usize);
    for (file, ds) in &by_file {
        let path = xml(&format!("{prefix}{file}"));
        let tests = ds.len().max(1);
        let failures = ds.iter().filter(|d| fails(d)).count();
        all_tests += tests;
        all_failures += failures;
        body.push_str(&format!(
            "  <testsuite name=\"{path}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">\n"
        ));
        if ds.is_empty() {
            body.push_str(&format!(
                "    <testcase name=\"no findings\" classname=\"{path}\" file=\"{path}\"/>\n"
            ));
        }
        for d in ds {
            body.push_str(&format!(
                "    <testcase name=\"{}\" classname=\"{path}\" file=\"{path}\" line=\"{}\">\n",
                xml(&format!(
                    "{}:{}:{} {}",
                    d.span.line,
                    d.span.col,
                    level_name(d.level),
                    d.rule
                )),
                d.span.line
            ));
            if fails(d) {
                body.push_str(&format!(
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                    xml(d.rule.as_str()),
                    xml(&d.message),
                    xml_text(&describe(prefix, cat, d))
                ));
            } else {
                body.push_str(&format!(
                    "      <system-out>{}</system-out>\n",
                    xml_text(&describe(prefix, cat, d))
                ));
            }
            body.push_str("    </testcase>\n");
        }
        body.push_str("  </testsuite>\n");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"platctl lint\" tests=\"{all_tests}\" failures=\"{all_failures}\" errors=\"0\">\n{body}</testsuites>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(pascal("yaml-syntax"), "YamlSyntax");
        assert_eq!(pascal("unknown-roadmap-item"), "UnknownRoadmapItem");
        assert_eq!(pascal("schema"), "SchemaCheck");
    }

    #[test]
    fn github_escaping() {
        assert_eq!(
            escape_data("50% done:\r\nnext, then"),
            "50%25 done:%0D%0Anext, then"
        );
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(
            escape_property("services/x\u{1b}[31m\u{202e}.yaml"),
            "services/x\\u{1b}[31m\\u{202e}.yaml"
        );
        assert_eq!(
            escape_data("name `\u{1b}]0;t\u{7}`"),
            "name `\\u{1b}]0;t\\u{7}`"
        );
    }

    proptest::proptest! {
        /// An annotation is one line, and shows nothing that acts on the
        /// log's viewer, whatever the file's name or the message holds.
        #[test]
        fn annotations_are_one_line_and_act_on_nothing(s in crate::output::safe::tests::hostile()) {
            for out in [escape_data(&s), escape_property(&s)] {
                proptest::prop_assert!(
                    out.chars().all(|c| c == '\t' || !crate::chars::acts_on_display(c)),
                    "{out:?}"
                );
            }
        }
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            uri("catalog/intake/2026/INT-7K3F9Q.yaml"),
            "catalog/intake/2026/INT-7K3F9Q.yaml"
        );
        assert_eq!(
            uri("my catalog/teams/é.yaml"),
            "my%20catalog/teams/%C3%A9.yaml"
        );
    }

    #[test]
    fn xml_escaping() {
        assert_eq!(
            xml("a<b & \"c\"\n\u{1}"),
            "a&lt;b &amp; &quot;c&quot;&#10;\u{fffd}"
        );
        assert_eq!(xml_text("a\nb"), "a\nb");
    }

    #[test]
    fn fingerprints_are_stable() {
        // Hand-checked FNV-1a of "a\0": offset basis xor 0x61, times prime, xor 0, times prime.
        let h = fnv1a(&["a"]);
        let mut want: u64 = 0xcbf2_9ce4_8422_2325;
        for b in [b'a', 0] {
            want ^= u64::from(b);
            want = want.wrapping_mul(0x0000_0100_0000_01b3);
        }
        assert_eq!(h, want);
        assert_ne!(fnv1a(&["ab", "c"]), fnv1a(&["a", "bc"]));
    }
}
