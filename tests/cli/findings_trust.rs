//! Findings people can trust: every YAML syntax error says what and how to
//! fix it, one broken file does not mislead about the others, missing
//! inputs fail loudly, and lint stays linear with bounded output.

use crate::common::TestEnv;
use predicates::prelude::*;
use serde_json::Value;

fn lint_json(env: &TestEnv) -> Value {
    let out = env
        .cmd()
        .args(["lint", "--format", "json"])
        .output()
        .expect("runs");
    assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
    serde_json::from_slice(&out.stdout).expect("json")
}

/// (rule, line, column, message, help) of the findings in one file.
fn in_file(v: &Value, file: &str) -> Vec<(String, u64, u64, String, Option<String>)> {
    v["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .filter(|d| d["file"] == file)
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
                d["message"].as_str().unwrap_or_default().to_string(),
                d["help"].as_str().map(str::to_string),
            )
        })
        .collect()
}

/// One case per kind of syntax error: the parser's message and our help.
#[test]
fn every_kind_of_yaml_syntax_error_has_a_message_and_a_help() {
    let cases: &[(&str, u64, u64, &str, &str)] = &[
        (
            "id: team-c\nname: [C, D\n",
            2,
            7,
            "unclosed bracket '['",
            "close the `[` or `{`",
        ),
        (
            "id: team-c\nname: {a: 1\n",
            2,
            7,
            "unclosed bracket '{'",
            "close the `[` or `{`",
        ),
        (
            "id: team-c\nname: \"C\n",
            2,
            7,
            "unclosed quote",
            "end the value with the quote it starts with",
        ),
        (
            "id: team-c\nname: 'C\n",
            2,
            7,
            "unclosed quote",
            "end the value with the quote it starts with",
        ),
        (
            "id: team-c\nname: a: b\n",
            2,
            8,
            "mapping values are not allowed in this context",
            "quote the value",
        ),
        (
            "id: team-c\nname: *nope\n",
            2,
            7,
            "while parsing node, found unknown anchor",
            "define the anchor with `&name`",
        ),
        (
            "id: team-c\nname: @C\n",
            2,
            7,
            "unexpected character: `@'",
            "`@` and a backquote cannot start a plain value",
        ),
        (
            "- a\nid: team-c\n",
            2,
            1,
            "while parsing a block collection, did not find expected '-' indicator",
            "items of a list each start with `- `",
        ),
        (
            "id: team-c\nname: |\n  x\n y\n",
            4,
            2,
            "while parsing a block mapping, did not find expected key",
            "check the indentation",
        ),
        (
            "id: team-c\n---\n...\n%YAML 1.2\n",
            5,
            1,
            "did not find expected <document start>",
            "must be followed by `---`",
        ),
        (
            "id: team-c\nname: \"C\" D\n",
            2,
            11,
            "invalid trailing content after double-quoted scalar",
            "only a comment or `:` may follow a closing quote",
        ),
        (
            "id: team-c\nname: C\nname: D\n",
            3,
            1,
            "duplicate key `name`: this mapping already has a key with that value",
            "keep one of the two keys",
        ),
        (
            "1: a\n0x1: b\n",
            2,
            1,
            "duplicate key `0x1`: this mapping already has a key with that value",
            "keep one of the two keys",
        ),
        (
            "true: a\nTrue: b\n",
            2,
            1,
            "duplicate key `True`: this mapping already has a key with that value",
            "keep one of the two keys",
        ),
        (
            "1.0: a\n1: b\n",
            2,
            1,
            "duplicate key `1`: this mapping already has a key with that value",
            "keep one of the two keys",
        ),
    ];
    let mut failures = Vec::new();
    for (text, line, col, message, help) in cases {
        let dir = TestEnv::base(&[("teams/team-c.yaml", text)]);
        let got = in_file(&lint_json(&dir), "teams/team-c.yaml");
        let ok = got.len() == 1
            && got[0].0 == "yaml-syntax"
            && (got[0].1, got[0].2) == (*line, *col)
            && got[0].3 == *message
            && got[0].4.as_deref().is_some_and(|h| h.contains(help));
        if !ok {
            failures.push(format!("{text:?}: got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn keys_equal_in_text_only_are_not_duplicates() {
    let dir = TestEnv::base(&[(
        "teams/team-c.yaml",
        "id: team-c\nname: C\nlabels:\n  \"1\": a\n  1x: b\n  \"true\": c\n",
    )]);
    assert_eq!(in_file(&lint_json(&dir), "teams/team-c.yaml"), vec![]);
}

/// A broken teams file: one finding on it saying how many references could
/// not be checked, not one wrong `unknown-team` per reference.
#[test]
fn a_broken_file_makes_references_to_its_kind_unchecked_said_once() {
    let dir = TestEnv::base(&[
        ("teams/team-a.yaml", "id: team-a\nname: [Team A\n"),
        (
            "teams/team-b.yaml",
            "id: team-b\nname: Team B\ntype: product\n",
        ),
        ("services/svc-c.yaml", "id: svc-c\nteam: team-c\n"),
    ]);
    let v = lint_json(&dir);
    let rules: Vec<&str> = v["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert!(!rules.contains(&"unknown-team"), "{rules:?}");
    let got = in_file(&v, "teams/team-a.yaml");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "unchecked-references");
    // Owners team-a of cap-ga, cap-beta, item-a and item-b, and svc-c's
    // team-c: 5 references unresolved while teams/team-a.yaml is broken
    // (team-b, declared by a sound file, still resolves).
    assert_eq!(
        got[0].3,
        "5 references to teams not checked: teams/team-a.yaml does not parse"
    );
    assert_eq!(got[1].0, "yaml-syntax");
    // Fixed: the references are checked again, and the real mistake shows.
    let fixed = TestEnv::base(&[("services/svc-c.yaml", "id: svc-c\nteam: team-c\n")]);
    let got = in_file(&lint_json(&fixed), "services/svc-c.yaml");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "unknown-team");
}

#[test]
fn missing_inputs_are_exit_2_naming_the_path() {
    let dir = TestEnv::base(&[]);
    dir.cmd()
        .args(["lint", "teams/no-such-file.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "teams/no-such-file.yaml: no such file or directory",
        ));
    let missing = dir.root().join("nowhere");
    dir.cmd_on(&missing)
        .arg("lint")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "catalog directory {} does not exist",
            missing.display()
        )));
    let out = dir.root().join("no-dir/report.md");
    dir.cmd()
        .args(["report", "catalog", "--format", "md", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "directory {} does not exist",
            dir.root().join("no-dir").display()
        )))
        .stderr(predicate::str::contains(".platctl-").not());
}

#[test]
fn open_requests_with_final_fields_are_findings() {
    let dir = TestEnv::base(&[(
        "intake/INT-AAAAAA.yaml",
        "id: INT-AAAAAA\ntitle: Need a thing\nrequester:\n  team: team-b\ncreated: 2026-11-25\ntype: capability\nproblem: We lack it\nstatus: accepted\nroute: backlog\ntriaged: 2026-11-25\nduplicate_of: INT-AAAAAA\nresolved: 2026-11-26\n",
    )]);
    let got = in_file(&lint_json(&dir), "intake/INT-AAAAAA.yaml");
    let msgs: Vec<(&str, u64, &str)> = got
        .iter()
        .map(|g| (g.0.as_str(), g.1, g.3.as_str()))
        .collect();
    assert_eq!(
        msgs,
        [
            (
                "intake-fields",
                11,
                "request `INT-AAAAAA` is accepted, not a duplicate, but has `duplicate_of`"
            ),
            (
                "intake-fields",
                12,
                "request `INT-AAAAAA` is accepted, not closed, but has a `resolved` date"
            ),
        ]
    );
}

/// An invalid required value (a lifecycle, a team, an id, a status, a
/// date) is reported, and the entity's other fields are still checked; no
/// finding is made from the invalid value itself (no expiry from an
/// unreadable date, no retired-in-use from an unknown lifecycle).
#[test]
fn an_invalid_required_field_hides_no_other_finding() {
    let dir = TestEnv::base(&[
        (
            "capabilities/cap-x.yaml",
            "id: cap-x\nname: X\nsummary: s\nowner: team-nope\nlifecycle: stable\ndepends_on: [cap-missing]\n",
        ),
        ("services/svc-x.yaml", "id: svc-x\nteam: 123\nuses: [cap-none, cap-x]\n"),
        ("services/svc-y.yaml", "id: Svc Y\nteam: team-zz\n"),
        (
            "roadmap/2026-Q4.yaml",
            "quarter: 2026-Q4\nitems:\n  - id: item-a\n    title: A\n    owner: team-a\n    status: delivered\n    delivered: 2026-11-01\n    outcome: Better\n  - id: item-b\n    title: B\n    owner: team-q\n    status: someday\n    intake: [INT-AAAAAA]\n",
        ),
        (
            "exceptions/EXC-AAAAAA.yaml",
            "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nservice: svc-gone\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: approved\napproved_by: Sec\ngranted: 2026-10-01\nexpires: soon\n",
        ),
    ]);
    let v = lint_json(&dir);
    let short = |file: &str| -> Vec<(String, u64)> {
        in_file(&v, file).into_iter().map(|g| (g.0, g.1)).collect()
    };
    let pairs = |xs: &[(&str, u64)]| -> Vec<(String, u64)> {
        xs.iter().map(|(r, l)| (r.to_string(), *l)).collect()
    };
    assert_eq!(
        short("capabilities/cap-x.yaml"),
        pairs(&[
            ("unknown-team", 4),
            ("schema", 5),
            ("unknown-capability", 6)
        ])
    );
    assert_eq!(
        short("services/svc-x.yaml"),
        pairs(&[("schema", 2), ("unknown-capability", 3)])
    );
    assert_eq!(
        short("services/svc-y.yaml"),
        pairs(&[("schema", 1), ("unknown-team", 2)])
    );
    assert_eq!(
        short("roadmap/2026-Q4.yaml"),
        pairs(&[("unknown-team", 11), ("schema", 12)])
    );
    // `expires: soon` is no date: neither expired nor expiring is said, but
    // the unknown service still is.
    assert_eq!(
        short("exceptions/EXC-AAAAAA.yaml"),
        pairs(&[("unknown-service", 5), ("schema", 12)])
    );
    // The entities themselves stay out of everything but lint.
    let out = dir
        .cmd()
        .args(["capability", "list", "--format", "json"])
        .output()
        .expect("runs");
    let caps = String::from_utf8_lossy(&out.stdout);
    assert!(!caps.contains("cap-x\""), "{caps}");
}

/// A file at the 4 MiB limit whose every line is a finding: lint finishes
/// (no per-finding scan of the file) and prints a bounded excerpt per
/// finding, even when the findings sit on one enormous line.
#[test]
fn lint_is_linear_and_its_output_bounded_on_a_file_full_of_findings() {
    const LIMIT: usize = 4 * 1024 * 1024;
    // 100,000 unknown fields, one per line, just under the 4 MiB limit.
    let mut many = String::from("id: team-c\nname: C\n");
    for i in 0..100_000 {
        many.push_str(&format!("k{i:06}: {}\n", "x".repeat(31)));
    }
    assert!(
        many.len() <= LIMIT && many.len() > LIMIT - 100_000,
        "{}",
        many.len()
    );
    // The same on one line: a flow mapping of 100,000 unknown fields.
    let mut one_line = String::from("{id: team-d, name: D");
    for i in 0..100_000 {
        one_line.push_str(&format!(", k{i:06}: {}", "y".repeat(30)));
    }
    one_line.push_str("}\n");
    assert!(
        one_line.len() <= LIMIT && one_line.len() > LIMIT - 100_000,
        "{}",
        one_line.len()
    );
    for (name, text) in [
        ("teams/team-c.yaml", &many),
        ("teams/team-d.yaml", &one_line),
    ] {
        let dir = TestEnv::base(&[(name, text.as_str())]);
        let out = dir
            .cmd()
            .arg("lint")
            .timeout(std::time::Duration::from_secs(300))
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1), "{name}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let blocks = stdout.matches("error[schema]").count();
        assert_eq!(blocks, 100_000, "{name}");
        // Each block: header, location, excerpt of at most ~130 characters, carets, help.
        let longest = stdout.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(longest < 200, "{name}: a line of {longest} characters");
        assert!(
            stdout.len() < 100_000 * 500,
            "{name}: {} bytes of output",
            stdout.len()
        );
        assert!(stdout.contains("100000 errors, 0 warnings in"), "{name}");
    }
}

/// Catalog text with terminal control sequences (title rewrite, screen
/// clear, hyperlink, BEL) and a bidi override: no output shown on a
/// terminal carries them raw, and the escaped form is visible instead.
#[test]
fn catalog_text_cannot_act_on_the_terminal() {
    let evil = "Evil \\e]0;pwned\\a \\e[2J \\e]8;;http://x\\e\\\\link \\u202Egpj.exe";
    let dir = TestEnv::base(&[
        ("teams/team-a.yaml", &format!("id: team-a\nname: \"{evil}\"\ntype: platform\n")),
        (
            "capabilities/cap-beta.yaml",
            &format!("id: cap-beta\nname: \"{evil}\"\nsummary: \"{evil}\"\nowner: team-a\nlifecycle: beta\ndepends_on: [cap-ga]\n"),
        ),
        (
            "intake/INT-AAAAAA.yaml",
            &format!("id: INT-AAAAAA\ntitle: \"{evil}\"\nrequester:\n  team: team-b\ncreated: 2026-11-25\ntype: capability\nproblem: \"{evil}\"\n"),
        ),
        // A finding whose message quotes the text, and a raw ESC in a line.
        ("teams/team-c.yaml", &format!("id: team-c\nname: C\n\"{evil}\": 1\n")),
        ("teams/team-d.yaml", "id: team-d\nname: D \u{1b}[2J\u{202e}\n"),
    ]);
    let runs: &[&[&str]] = &[
        &["lint"],
        &["capability", "list"],
        &["capability", "show", "cap-beta"],
        &["intake", "list"],
        &["intake", "show", "INT-AAAAAA"],
        &["roadmap", "list"],
        &["exception", "list"],
        &["explain", "schema"],
        &["report", "catalog", "--format", "md"],
        &["report", "catalog", "--format", "html"],
        &["kpi"],
        &["status", "--format", "md"],
        &["intake", "show", "INT-\u{1b}]0;x\u{7}"],
    ];
    for args in runs {
        for color in ["never", "always"] {
            let out = dir
                .cmd()
                .args(["--color", color])
                .args(*args)
                .output()
                .expect("runs");
            for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
                let s = String::from_utf8_lossy(bytes);
                // With colour, only colour sequences (ESC [ digits m) remain.
                let raw: Vec<&str> = s
                    .split('\u{1b}')
                    .skip(1)
                    .filter(|rest| {
                        let body = rest.strip_prefix('[').unwrap_or("!");
                        let n = body
                            .bytes()
                            .take_while(|b| b.is_ascii_digit() || *b == b';')
                            .count();
                        !(color == "always" && body.as_bytes().get(n) == Some(&b'm'))
                    })
                    .collect();
                assert!(
                    raw.is_empty(),
                    "{args:?} --color {color} {stream}: raw ESC in {s}"
                );
                for bad in ['\u{7}', '\u{202e}', '\u{9b}'] {
                    assert!(!s.contains(bad), "{args:?} {stream}: {bad:?} in {s}");
                }
            }
        }
    }
    let out = dir
        .cmd()
        .args(["capability", "show", "cap-beta"])
        .output()
        .expect("runs");
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("Evil \\u{1b}]0;pwned\\u{7}"), "{s}");
    assert!(s.contains("\\u{202e}gpj.exe"), "{s}");
    let lint = dir.cmd().arg("lint").output().expect("runs");
    let s = String::from_utf8_lossy(&lint.stdout);
    assert!(
        s.contains("unknown field `Evil \\u{1b}]0;pwned\\u{7} \\u{1b}[2J"),
        "{s}"
    );
}

/// Every CSV the tool writes neutralises cells a spreadsheet would run as a
/// formula; plain negative numbers stay numbers.
#[test]
fn csv_cells_cannot_inject_formulas() {
    let dir = TestEnv::base(&[
        (
            "intake/INT-AAAAAA.yaml",
            "id: INT-AAAAAA\ntitle: \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\"\nrequester:\n  team: team-b\ncreated: 2026-11-25\ntype: capability\nproblem: P\n",
        ),
        ("intake/INT-BBBBBB.yaml", "id: INT-BBBBBB\ntitle: \"@SUM(1+1)\"\nrequester:\n  team: team-b\ncreated: 2026-11-25\ntype: capability\nproblem: P\n"),
        ("intake/INT-CCCCCC.yaml", "id: INT-CCCCCC\ntitle: \"+1-2\"\nrequester:\n  team: team-b\ncreated: 2026-11-25\ntype: capability\nproblem: P\n"),
        ("intake/INT-DDDDDD.yaml", "id: INT-DDDDDD\ntitle: \"-2+3\"\nrequester:\n  team: team-b\ncreated: 2026-11-25\ntype: capability\nproblem: P\n"),
        ("intake/INT-EEEEEE.yaml", "id: INT-EEEEEE\ntitle: \"\\tTab\"\nrequester:\n  team: team-b\ncreated: 2026-11-25\ntype: capability\nproblem: P\n"),
        ("capabilities/cap-beta.yaml", "id: cap-beta\nname: \"=1+1\"\nsummary: Soon\nowner: team-a\nlifecycle: beta\ndepends_on: [cap-ga]\n"),
        ("exceptions/EXC-AAAAAA.yaml", "id: EXC-AAAAAA\ntitle: \"=cmd|' /C calc'!A0\"\nstandard: cap-ga\nteam: team-b\nservice: svc-a\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: approved\napproved_by: Sec\ngranted: 2026-10-01\nexpires: 2027-02-01\n"),
    ]);
    let csv = |args: &[&str]| -> String {
        let out = dir
            .cmd()
            .args(args)
            .args(["--format", "csv"])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let intake = csv(&["intake", "list"]);
    for want in [
        "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"",
        ",'@SUM(1+1),",
        ",'+1-2,",
        ",'-2+3,",
        ",'\tTab,",
    ] {
        assert!(intake.contains(want), "{want} in {intake}");
    }
    assert!(csv(&["capability", "list"]).contains(",'=1+1,"));
    assert!(csv(&["exception", "list"]).contains("'=cmd|' /C calc'!A0"));
    // No cell of any of them starts with a formula character.
    for text in [
        intake,
        csv(&["capability", "list"]),
        csv(&["exception", "list"]),
        csv(&["deprecation", "list"]),
    ] {
        for line in text.lines() {
            for cell in line.split(',') {
                let cell = cell.trim_start_matches('"');
                let starts = cell.starts_with(['=', '+', '@', '\t', '\r'])
                    || (cell.starts_with('-') && cell.parse::<f64>().is_err() && cell != "-");
                assert!(!starts, "cell {cell:?} in {line:?}");
            }
        }
    }
}

/// The data formats (CSV, JSON) keep catalog text as it is when piped, but
/// on a terminal what could act on it is shown escaped (`\u001b`, JSON's
/// own escape, so the JSON shown is still the same document).
#[cfg(unix)]
#[test]
fn data_formats_on_a_terminal_cannot_act_on_it() {
    let evil = "Evil \\e]0;pwned\\a \\e[2J \\x9b31m \\u202Egpj.exe";
    let dir = TestEnv::base(&[(
        "capabilities/cap-beta.yaml",
        &format!("id: cap-beta\nname: \"{evil}\"\nsummary: s\nowner: team-a\nlifecycle: beta\n"),
    )]);
    for format in ["csv", "json"] {
        // -q: no progress spinner (our own sequences) on the shared pty.
        let mut p = dir.pty(200, &["-q", "capability", "list", "--format", format]);
        let shown = p.exp_eof().expect("ends");
        for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
            assert!(!shown.contains(bad), "{format}: {bad:?} in {shown}");
        }
        assert!(
            shown.contains("Evil \\u001b]0;pwned\\u0007"),
            "{format}: {shown}"
        );
        assert!(shown.contains("\\u202egpj.exe"), "{format}: {shown}");
        let piped = dir
            .cmd()
            .args(["capability", "list", "--format", format])
            .output()
            .expect("runs");
        let piped = String::from_utf8_lossy(&piped.stdout);
        match format {
            // CSV is data for files and other programs: left as it is.
            "csv" => assert!(piped.contains("Evil \u{1b}]0;pwned\u{7}"), "{piped}"),
            // JSON has its own escapes for controls.
            _ => assert!(piped.contains("Evil \\u001b]0;pwned\\u0007"), "{piped}"),
        }
    }
}

/// A file whose entity the catalog leaves out (it does not parse, or its
/// entity lacks a required value) is named on stderr by every command whose
/// results would otherwise miss it unsaid, even with -q; stdout stays the
/// result alone, and lint, whose findings say why, does not repeat it.
#[test]
fn every_command_reading_the_catalog_names_the_files_it_leaves_out() {
    let env = TestEnv::copy("catalog", "c").today("2026-11-27");
    crate::common::write_files(
        env.root(),
        &[
            (
                "capabilities/zz-broken.yaml",
                "id: zz-broken\nname: [Broken\n",
            ),
            ("services/zz-noteam.yaml", "id: zz-noteam\ntier: 2\n"),
        ],
    );
    let said = |err: &str| {
        ["capabilities/zz-broken.yaml", "services/zz-noteam.yaml"]
            .iter()
            .all(|p| {
                err.contains(&format!(
                    "warning: {p} is left out: it could not be read or parsed, or an entity \
                     in it lacks a required value; `platctl lint {p}` says why"
                ))
            })
    };
    let site = env.tmp().join("site");
    let site = site.to_str().expect("utf-8 path");
    let commands: &[&[&str]] = &[
        &["capability", "list"],
        &["capability", "list", "--format", "json"],
        &["search", "checkout", "--format", "json"],
        &["scorecard", "list", "--format", "json"],
        &["kpi", "--format", "json"],
        &["status", "--format", "json"],
        &["report", "kpi"],
        &["site", "build", "-o", site],
        &["-q", "capability", "list"],
    ];
    for args in commands {
        let (code, out, err) = env.run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(
            said(&err),
            "{args:?} did not name the files left out: {err}"
        );
        assert!(!out.contains("is left out"), "{args:?}: {out}");
    }
    let caps = env.json(&["capability", "list", "--format", "json"]);
    assert!(!caps.to_string().contains("zz-broken"), "{caps}");
    // In git, the working tree is read through history: the same warnings.
    env.commit_all("2026-11-01T10:00:00", "Pat", "pat@example.com");
    let (code, _, err) = env.run(&["kpi", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(said(&err), "{err}");
    let (_, _, err) = env.run(&["scorecard", "show", "production-readiness"]);
    assert!(said(&err), "{err}");
    // A revision's catalog: named, but lint (which reads the working tree)
    // is not offered.
    let (code, _, err) = env.run(&["kpi", "--rev", "HEAD", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: capabilities/zz-broken.yaml is left out: it could not be read")
            && !err.contains("says why"),
        "{err}"
    );
    // Lint's findings name the files and say why; no warning besides.
    let (code, out, err) = env.run(&["lint"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("capabilities/zz-broken.yaml"), "{out}");
    assert!(!err.contains("is left out"), "{err}");
}

/// Catalog text with line breaks (the platform's name, a service's name
/// or description) never starts a line of its own in headings, listings
/// and warnings: GitHub's runner reads a line that starts with `::` (after
/// leading spaces) as a workflow command. In `show`, a value written over
/// several lines goes on lines indented under its field.
#[test]
fn catalog_text_never_starts_a_line_of_its_own() {
    let forged = "\\n::error::forged";
    let dir = TestEnv::base(&[
        (
            "platctl.yaml",
            &format!("version: 1\nname: \"Test{forged}\"\n"),
        ),
        (
            "services/svc-a.yaml",
            &format!("id: svc-a\nname: \"A{forged}\"\nteam: team-b\ntier: 1\ndescription: \"first{forged}\"\nuses:\n  - cap-ga\n"),
        ),
        ("services/svc-c.yaml", "id: svc-c\nteam: [x\n"),
        (
            "services/svc-d\n::error::forged.yaml",
            "id: svc-d\nteam: team-b\ntier: 2\n",
        ),
        (
            "capabilities/cap-z.yaml",
            "id: cap-z\nname: Z\nsummary: s\nowner: team-a\nlifecycle: ga\n\"x\\n::error::forged\": 1\n",
        ),
        (
            "scorecards/basics.yaml",
            &format!("id: basics\nname: \"Basics{forged}\"\nowner: team-a\napplies_to: service\nlevels: [bronze]\nrules:\n  - {{ id: has-team, level: bronze, expr: \"entity.team != ''\", fix: \"Set it{forged}\" }}\n"),
        ),
    ]);
    for args in [
        &["status"][..],
        &["kpi"],
        &["kpi", "--trend", "--since", "2026-Q3"],
        &["service", "list"],
        &["search", "first"],
        &["scorecard", "show", "basics"],
        &["scorecard", "show", "basics", "--entity", "svc-a"],
        &["scorecard", "list"],
        &["capability", "readiness", "--all"],
        &["scorecard", "check", "svc-a"],
        &["lint"],
        &["status", "--format", "md"],
    ] {
        let out = dir.cmd().args(args).output().expect("runs");
        for stream in [&out.stdout, &out.stderr] {
            let s = String::from_utf8_lossy(stream);
            assert!(
                !s.lines().any(|l| l.trim_start().starts_with("::")),
                "{args:?}: {s}"
            );
        }
    }
    let show = dir
        .cmd()
        .args(["show", "service", "svc-a"])
        .output()
        .expect("runs");
    let show = String::from_utf8_lossy(&show.stdout);
    assert!(
        show.starts_with("svc-a — A\n  ::error::forged\n  first\n  ::error::forged\n  team "),
        "{show}"
    );
    // A path is one line: its file's name shown with `\n`.
    let show = dir
        .cmd()
        .args(["show", "service", "svc-d"])
        .output()
        .expect("runs");
    let show = String::from_utf8_lossy(&show.stdout);
    assert!(
        show.contains("  file           services/svc-d\\n::error::forged.yaml\n"),
        "{show}"
    );
}

/// A flag's value refused for its line break is quoted on one line.
#[test]
fn a_refused_flag_value_is_quoted_on_one_line() {
    let dir = TestEnv::base(&[]);
    let out = dir
        .cmd()
        .args([
            "intake",
            "new",
            "--team",
            "team-b",
            "--problem",
            "p",
            "--yes",
        ])
        .args(["--title", "New\n::error::forged"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err,
        "error: --title `New\\n::error::forged`: one line, please\n"
    );
    // An id refused for its form, or not found, is quoted the same way.
    for (args, want) in [
        (
            vec![
                "team",
                "new",
                "--yes",
                "--name",
                "X",
                "--id",
                "t\n::error::f",
            ],
            "error: `t\\n::error::f` is not a valid team id",
        ),
        (
            vec!["service", "list", "--team", "t\n::error::f"],
            "error: no team `t\\n::error::f` in the catalog",
        ),
    ] {
        let out = dir.cmd().args(&args).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with(want), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    }
}
