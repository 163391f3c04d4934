//! `platctl mcp`: the real binary spoken to over stdio, line-delimited
//! JSON-RPC, as an editor's assistant speaks to it.

use crate::common::{git, platctl_bin, write_files, TestEnv, TODAY};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(30);

/// A running server and the lines it writes.
struct Session {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    next_id: u64,
}

impl Session {
    fn start(env: &TestEnv, extra: &[&str]) -> Session {
        let mut child = env
            .std_cmd()
            .arg("mcp")
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("platctl mcp starts");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                match line {
                    Ok(l) => {
                        if tx.send(l).is_err() {
                            break;
                        }
                    }
                    Err(_) => break,
                }
            }
        });
        let stdin = child.stdin.take();
        let mut s = Session {
            child,
            stdin,
            lines: rx,
            next_id: 1,
        };
        let init = s.request(
            "initialize",
            json!({
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": { "name": "platctl-tests", "version": "0" }
            }),
        );
        assert_eq!(init["result"]["serverInfo"]["name"], "platctl", "{init}");
        s.send(&json!({"jsonrpc": "2.0", "method": "notifications/initialized"}).to_string());
        s
    }

    fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(line.as_bytes()).expect("write");
        stdin.write_all(b"\n").expect("write");
        stdin.flush().expect("flush");
    }

    /// The next message the server writes.
    fn next(&mut self) -> Value {
        let line = self
            .lines
            .recv_timeout(WAIT)
            .expect("the server answered in time");
        serde_json::from_str(&line).expect("the server writes JSON lines")
    }

    /// Sends a request and returns the response with its id.
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(
            &json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}).to_string(),
        );
        let deadline = Instant::now() + WAIT;
        loop {
            assert!(Instant::now() < deadline, "no answer to {method}");
            let m = self.next();
            if m["id"] == json!(id) {
                return m;
            }
        }
    }

    /// Calls a tool: (first text content, isError, every text content).
    fn call(&mut self, name: &str, args: Value) -> (String, bool, Vec<String>) {
        let r = self.request("tools/call", json!({"name": name, "arguments": args}));
        let res = &r["result"];
        assert!(res.is_object(), "tools/call {name} answered {r}");
        let texts: Vec<String> = res["content"]
            .as_array()
            .expect("content")
            .iter()
            .map(|c| c["text"].as_str().unwrap_or_default().to_string())
            .collect();
        (
            texts.first().cloned().unwrap_or_default(),
            res["isError"].as_bool().unwrap_or(false),
            texts,
        )
    }

    /// Closes stdin and waits for the server to exit by itself.
    fn finish(mut self) -> std::process::ExitStatus {
        drop(self.stdin.take());
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(st) = self.child.try_wait().expect("wait") {
                return st;
            }
            assert!(
                Instant::now() < deadline,
                "the server did not exit when stdin closed"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// What the command line prints for `args` on the catalog at `root`.
fn cli(env: &TestEnv, args: &[&str]) -> String {
    let out = env
        .cmd()
        .current_dir(env.root())
        .args(args)
        .output()
        .expect("runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "platctl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn lists_the_read_only_tools_and_the_format_resources() {
    let dir = TestEnv::base(&[]);
    let mut s = Session::start(&dir, &[]);
    let r = s.request("tools/list", json!({}));
    let tools = r["result"]["tools"].as_array().expect("tools");
    let names: Vec<&str> = tools.iter().filter_map(|t| t["name"].as_str()).collect();
    assert_eq!(
        names,
        [
            "search",
            "show",
            "list",
            "lint",
            "kpi",
            "status",
            "scorecard_check",
            "changelog"
        ]
    );
    for t in tools {
        assert_eq!(t["annotations"]["readOnlyHint"], true, "{t}");
        assert_eq!(t["inputSchema"]["type"], "object", "{t}");
        assert!(
            t["description"]
                .as_str()
                .unwrap_or_default()
                .contains("--format json"),
            "{t}"
        );
    }

    let r = s.request("resources/list", json!({}));
    let uris: Vec<&str> = r["result"]["resources"]
        .as_array()
        .expect("resources")
        .iter()
        .filter_map(|x| x["uri"].as_str())
        .collect();
    assert_eq!(
        uris[..2],
        ["platctl://docs/format.md", "platctl://docs/rules.md"]
    );
    assert!(
        uris.contains(&"platctl://schemas/capabilities.schema.json"),
        "{uris:?}"
    );
    assert!(
        uris.contains(&"platctl://schemas/platctl.schema.json"),
        "{uris:?}"
    );

    let r = s.request("resources/read", json!({"uri": "platctl://docs/format.md"}));
    let text = r["result"]["contents"][0]["text"].as_str().expect("text");
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/format.md"))
            .expect("docs/format.md");
    assert_eq!(text, docs);
    let r = s.request(
        "resources/read",
        json!({"uri": "platctl://schemas/capabilities.schema.json"}),
    );
    let schema = r["result"]["contents"][0]["text"].as_str().expect("text");
    assert_eq!(schema, cli(&dir, &["schema", "--kind", "capabilities"]));
    let r = s.request("resources/read", json!({"uri": "file:///etc/passwd"}));
    assert!(
        r["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("no resource `file:///etc/passwd`"),
        "{r}"
    );
    assert!(s.finish().success());
}

#[test]
fn every_read_tool_answers_what_the_command_prints_as_json() {
    let dir = TestEnv::base(&[
        (
            "deprecations/cap-beta-v1.yaml",
            "id: cap-beta-v1\ncapability: cap-beta\nreplacement: cap-ga\nannounced: 2026-10-01\nsunset: 2027-01-31\nstatus: announced\nconsumers:\n  - service: svc-a\n    status: pending\n",
        ),
        (
            "scorecards/basics.yaml",
            "id: basics\nname: Basics\nowner: team-a\napplies_to: service\nlevels: [bronze, silver]\nrules:\n  - id: tier-one\n    level: bronze\n    expr: \"entity.tier == 1\"\n    fix: Make it tier 1.\n",
        ),
    ]);
    let mut s = Session::start(&dir, &[]);
    let cases: Vec<(&str, Value, Vec<&str>)> = vec![
        ("status", json!({}), vec!["status", "--format", "json"]),
        (
            "status",
            json!({"team": "team-b"}),
            vec!["status", "--team", "team-b", "--format", "json"],
        ),
        (
            "scorecard_check",
            json!({"entity": "svc-b", "scorecard": "basics", "min_level": "bronze"}),
            vec![
                "scorecard",
                "check",
                "svc-b",
                "--scorecard",
                "basics",
                "--min-level",
                "bronze",
                "--format",
                "json",
            ],
        ),
        (
            "list",
            json!({"kind": "request", "all": true}),
            vec!["intake", "list", "--all", "--format", "json"],
        ),
        (
            "search",
            json!({"query": "svc"}),
            vec!["search", "svc", "--format", "json"],
        ),
        (
            "search",
            json!({"query": "team-a"}),
            vec!["search", "team-a", "--format", "json"],
        ),
        (
            "show",
            json!({"kind": "capability", "id": "cap-ga"}),
            vec!["capability", "show", "cap-ga", "--format", "json"],
        ),
        (
            "show",
            json!({"kind": "service", "id": "svc-a"}),
            vec!["show", "service", "svc-a", "--format", "json"],
        ),
        (
            "show",
            json!({"kind": "team", "id": "team-b"}),
            vec!["show", "team", "team-b", "--format", "json"],
        ),
        (
            "show",
            json!({"kind": "deprecation", "id": "cap-beta-v1"}),
            vec!["deprecation", "show", "cap-beta-v1", "--format", "json"],
        ),
        (
            "show",
            json!({"kind": "exception", "id": "EXC-AAAAAA"}),
            vec!["exception", "show", "EXC-AAAAAA", "--format", "json"],
        ),
        (
            "show",
            json!({"kind": "request", "id": "INT-AAAAAA"}),
            vec!["intake", "show", "INT-AAAAAA", "--format", "json"],
        ),
        (
            "list",
            json!({"kind": "capability"}),
            vec!["capability", "list", "--format", "json"],
        ),
        (
            "list",
            json!({"kind": "capability", "lifecycle": ["beta"]}),
            vec![
                "capability",
                "list",
                "--lifecycle",
                "beta",
                "--format",
                "json",
            ],
        ),
        (
            "list",
            json!({"kind": "deprecation"}),
            vec!["deprecation", "list", "--format", "json"],
        ),
        (
            "list",
            json!({"kind": "exception", "team": "team-b"}),
            vec!["exception", "list", "--team", "team-b", "--format", "json"],
        ),
        (
            "list",
            json!({"kind": "request", "sort": "id"}),
            vec!["intake", "list", "--sort", "id", "--format", "json"],
        ),
        (
            "list",
            json!({"kind": "roadmap_item", "quarter": "2026-Q4"}),
            vec![
                "roadmap",
                "list",
                "--quarter",
                "2026-Q4",
                "--format",
                "json",
            ],
        ),
        ("lint", json!({}), vec!["lint", "--format", "json"]),
        (
            "lint",
            json!({"paths": ["capabilities"]}),
            vec!["lint", "capabilities", "--format", "json"],
        ),
        (
            "kpi",
            json!({"period": "2026-Q3"}),
            vec!["kpi", "--period", "2026-Q3", "--format", "json"],
        ),
    ];
    for (tool, args, argv) in cases {
        let (text, err, _) = s.call(tool, args.clone());
        assert!(!err, "{tool} {args}: {text}");
        let expected = cli(&dir, &argv);
        assert_eq!(
            text, expected,
            "{tool} {args} differs from platctl {argv:?}"
        );
        let v: Value = serde_json::from_str(&text).expect("the answer is JSON");
        assert_eq!(v["version"], 1, "{tool} {args}");
    }
    // The service view says what points at it.
    let (text, _, _) = s.call("show", json!({"kind": "service", "id": "svc-a"}));
    let v: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["team"]["name"], "Team B");
    assert_eq!(v["uses"][0]["capability"], "cap-ga");
    assert_eq!(v["exceptions"][0]["id"], "EXC-AAAAAA");
    assert_eq!(v["deprecations"][0]["id"], "cap-beta-v1");
    assert_eq!(v["deprecations"][0]["status"], "pending");
    assert!(s.finish().success());
}

#[test]
fn changelog_answers_from_git_history() {
    let dir = TestEnv::base(&[]);
    let root = dir.root();
    dir.git("2026-10-01T12:00:00Z", &["init", "-q"]);
    dir.git("2026-10-01T12:00:00Z", &["add", "-A"]);
    dir.git("2026-10-01T12:00:00Z", &["commit", "-qm", "first"]);
    write_files(
        root,
        &[("capabilities/cap-beta.yaml", "id: cap-beta\nname: Beta thing\nsummary: Soon\nowner: team-a\nlifecycle: ga\ndepends_on: [cap-ga]\n")],
    );
    dir.git(
        "2026-11-01T12:00:00Z",
        &["commit", "-qam", "cap-beta goes ga"],
    );
    let mut s = Session::start(&dir, &[]);
    let (text, err, _) = s.call("changelog", json!({"from": "HEAD~1", "to": "HEAD"}));
    assert!(!err, "{text}");
    assert_eq!(
        text,
        cli(
            &dir,
            &[
                "changelog",
                "--from",
                "HEAD~1",
                "--to",
                "HEAD",
                "--format",
                "json"
            ]
        )
    );
    let v: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["changes"][0]["kind"], "lifecycle-changed", "{v}");
    let (text, err, _) = s.call("changelog", json!({"from": "no-such-rev"}));
    assert!(err);
    assert!(text.starts_with("error: "), "{text}");
    assert!(s.finish().success());
}

#[test]
fn bad_input_gets_an_error_result_and_the_server_goes_on() {
    let dir = TestEnv::base(&[]);
    let mut s = Session::start(&dir, &[]);
    // Not JSON at all: ignored (nothing to answer to), the session goes on.
    s.send("this is {not json");
    // JSON, but not a request: Invalid Request.
    s.send(r#"{"jsonrpc":"2.0","id":77,"method":42}"#);
    let m = s.next();
    assert_eq!(m["error"]["code"], -32600, "{m}");
    // A message over the size limit (1 MiB) is dropped unanswered.
    let huge = json!({"jsonrpc": "2.0", "id": 78, "method": "tools/call",
        "params": {"name": "search", "arguments": {"query": "x".repeat(2 << 20)}}});
    s.send(&huge.to_string());
    // An unknown method: the next message out answers it (nothing for 78).
    s.send(r#"{"jsonrpc":"2.0","id":79,"method":"catalog/drop","params":{}}"#);
    let m = s.next();
    assert_eq!(m["id"], 79, "{m}");
    assert_eq!(m["error"]["code"], -32601, "{m}");

    let refusals = [
        ("nope", json!({}), "no tool `nope`"),
        ("search", json!({}), "`query` is required"),
        ("search", json!({"query": ""}), "error: the query is empty"),
        ("search", json!({"query": ["a"]}), "`query` must be a string"),
        ("show", json!({"kind": "planet", "id": "x"}), "`kind` `planet` is not one of capability, service, team, deprecation, exception, request"),
        ("show", json!({"kind": "service", "id": "../../etc/passwd"}), "error: `../../etc/passwd` is not a valid service id"),
        ("show", json!({"kind": "service", "id": "svc-zz"}), "error: no service `svc-zz` in the catalog"),
        ("list", json!({"kind": "capability", "lifecycle": "gaa"}), "invalid value 'gaa' for '--lifecycle"),
        ("list", json!({"kind": "capability", "state": "open"}), "list of capability takes no `state`"),
        ("list", json!({"kind": "exception", "expiring": "soon"}), "`expiring` must be a whole number"),
        ("list", json!({"kind": "roadmap_item", "quarter": "Q9"}), "error: --quarter `Q9` is not a quarter"),
        ("kpi", json!({"period": "someday"}), "error: "),
        ("lint", json!({"paths": "capabilities"}), "`paths` must be an array of strings"),
        ("intake_new", json!({"title": "x"}), "the server was started read-only"),
    ];
    for (tool, args, says) in refusals {
        let (text, err, _) = s.call(tool, args.clone());
        assert!(err, "{tool} {args} should be refused: {text}");
        assert!(text.contains(says), "{tool} {args}: {text}");
    }
    // Still serving.
    let (_, err, _) = s.call("search", json!({"query": "cap"}));
    assert!(!err);
    assert!(s.finish().success());
}

#[test]
fn paths_outside_the_catalog_are_refused() {
    let dir = TestEnv::base(&[]);
    let root = dir.root();
    let outside = tempfile::tempdir().expect("tempdir");
    write_files(outside.path(), &[("secret.yaml", "id: top-secret\n")]);
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), root.join("elsewhere")).expect("symlink");
    let mut s = Session::start(&dir, &[]);
    let abs = outside.path().join("secret.yaml");
    let abs = abs.to_str().expect("utf-8");
    for p in [
        "../secret.yaml",
        abs,
        "capabilities/../../x",
        "elsewhere/secret.yaml",
    ] {
        if p.starts_with("elsewhere") && cfg!(not(unix)) {
            continue;
        }
        let (text, err, _) = s.call("lint", json!({"paths": [p]}));
        assert!(err, "{p}: {text}");
        assert!(text.contains("is outside the catalog"), "{p}: {text}");
        assert!(!text.contains("top-secret"), "{p}: {text}");
    }
    let (text, err, _) = s.call("lint", json!({"paths": ["no-such-dir"]}));
    assert!(
        err && text.contains("no such file or directory in the catalog"),
        "{text}"
    );
    assert!(s.finish().success());
}

/// An assistant is told which files a listing leaves out, as a person at
/// the command line is: the warning comes as a note beside the answer.
#[test]
fn a_listing_that_leaves_files_out_says_so_in_a_note() {
    let dir = TestEnv::base(&[("capabilities/cap-broken.yaml", "id: cap-broken\nname: [x\n")]);
    let mut s = Session::start(&dir, &[]);
    let (text, err, all) = s.call("list", json!({"kind": "capability"}));
    assert!(!err, "{text}");
    assert!(!text.contains("cap-broken"), "{text}");
    let notes = all.get(1).cloned().unwrap_or_default();
    assert!(
        notes.starts_with("notes:\n")
            && notes.contains("warning: capabilities/cap-broken.yaml is left out"),
        "{all:?}"
    );
    assert!(s.finish().success());
}

#[test]
fn long_answers_are_cut_with_a_note() {
    let dir = TestEnv::base(&[]);
    let mut s = Session::start(&dir, &["--max-output", "300"]);
    let (text, err, _) = s.call("list", json!({"kind": "capability"}));
    assert!(!err);
    let full = cli(&dir, &["capability", "list", "--format", "json"]);
    assert!(
        full.len() > 300,
        "the fixture's list must be longer than the limit"
    );
    assert!(text.starts_with(&full[..300]), "{text}");
    assert!(
        text.ends_with(&format!(
            "[truncated: the answer is {} bytes and only the first 300 are shown; ask for less (a filter, a narrower query or fewer paths)]\n",
            full.len()
        )),
        "{text}"
    );
    assert!(s.finish().success());
}

#[test]
fn exits_cleanly_when_stdin_closes() {
    let dir = TestEnv::base(&[]);
    let s = Session::start(&dir, &[]);
    let st = s.finish();
    assert_eq!(st.code(), Some(0));
    // Even before any message.
    let out = dir
        .std_cmd()
        .arg("mcp")
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn without_a_catalog_it_exits_2_before_serving() {
    let dir = TestEnv::empty();
    let out = dir.cmd_in(dir.root()).arg("mcp").output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("platctl init"));
}

#[test]
fn allow_writes_files_and_triages_requests_like_the_cli_and_never_commits() {
    let dir = TestEnv::base(&[]);
    let root = dir.root();
    dir.git("2026-10-01T12:00:00Z", &["init", "-q"]);
    dir.git("2026-10-01T12:00:00Z", &["add", "-A"]);
    dir.git("2026-10-01T12:00:00Z", &["commit", "-qm", "first"]);
    let head = |root: &Path| git(root, "2026-10-01T12:00:00Z", &["rev-parse", "HEAD"]);
    let before = head(root);
    let mut s = Session::start(&dir, &["--allow-writes"]);
    let r = s.request("tools/list", json!({}));
    let tools = r["result"]["tools"].as_array().expect("tools");
    let writing: Vec<&str> = tools
        .iter()
        .filter(|t| t["annotations"]["readOnlyHint"] == false)
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(writing, ["intake_new", "intake_triage"]);

    // Refused exactly as the CLI refuses it: an unknown team is an error finding.
    let (text, err, _) = s.call(
        "intake_new",
        json!({"title": "Preview envs", "team": "team-zz", "problem": "We wait for staging"}),
    );
    assert!(err, "{text}");
    let cli_err = dir
        .cmd()
        .args([
            "intake",
            "new",
            "--yes",
            "--title",
            "Preview envs",
            "--team",
            "team-zz",
            "--problem",
            "We wait for staging",
        ])
        .output()
        .expect("runs");
    assert_eq!(cli_err.status.code(), Some(2));
    let cli_msg = String::from_utf8_lossy(&cli_err.stderr);
    let first_line = text.lines().next().unwrap_or_default();
    assert!(cli_msg.contains(first_line), "tool: {text}\ncli: {cli_msg}");
    let files = |root: &Path| {
        std::fs::read_dir(root.join("intake"))
            .expect("intake/")
            .count()
    };
    assert_eq!(files(root), 1, "nothing written when refused");

    // A dry run writes nothing.
    let (text, err, _) = s.call(
        "intake_new",
        json!({"title": "Preview envs", "team": "team-b", "problem": "We wait for staging", "dry_run": true}),
    );
    assert!(!err, "{text}");
    assert_eq!(files(root), 1);

    let (text, err, texts) = s.call(
        "intake_new",
        json!({"title": "Preview envs", "team": "team-b", "type": "capability", "problem": "We wait for staging", "urgency": "high", "reach": 4}),
    );
    assert!(!err, "{texts:?}");
    let mut words = text.split_whitespace();
    let id = words.next().expect("id").to_string();
    let path = words.next().expect("path").to_string();
    assert!(
        id.starts_with("INT-") && path == format!("intake/{id}.yaml"),
        "{text}"
    );
    let written = std::fs::read_to_string(root.join(&path)).expect("written");
    assert!(written.contains("title: Preview envs"), "{written}");
    assert_eq!(files(root), 2);

    let (text, err, _) = s.call(
        "intake_triage",
        json!({"id": id, "route": "backlog", "status": "accepted"}),
    );
    assert!(!err, "{text}");
    let triaged = std::fs::read_to_string(root.join(&path)).expect("written");
    assert!(
        triaged.contains("status: accepted") && triaged.contains(&format!("triaged: {TODAY}")),
        "{triaged}"
    );
    let (text, err, _) = s.call("intake_triage", json!({"id": id, "route": "nowhere"}));
    assert!(
        err && text.contains("invalid value 'nowhere' for '--route"),
        "{text}"
    );
    let (text, err, _) = s.call(
        "intake_triage",
        json!({"id": id, "route": "backlog", "commit": true}),
    );
    assert!(
        err && text.contains("intake_triage takes no `commit`"),
        "{text}"
    );

    assert_eq!(head(root), before, "nothing was committed");
    assert!(s.finish().success());
}

#[test]
fn the_official_python_client_talks_to_it() {
    let py = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/.venv/bin/python");
    let ok = py.exists()
        && Command::new(&py)
            .args(["-c", "import mcp.client.stdio"])
            .output()
            .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "the MCP Python SDK is missing: run tests/tools/install.sh (it installs PyPI `mcp` into tests/tools/.venv)"
    );
    let dir = TestEnv::base(&[]);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mcp_support/client.py");
    let out = Command::new(&py)
        .arg(script)
        .arg(platctl_bin())
        .arg(dir.root())
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["server"], "platctl");
    assert_eq!(
        v["tools"],
        json!([
            "changelog",
            "kpi",
            "lint",
            "list",
            "scorecard_check",
            "search",
            "show",
            "status"
        ])
    );
    assert_eq!(v["read_only"], v["tools"]);
    assert_eq!(v["search_error"], false);
    assert_eq!(v["search"]["results"][0]["id"], "svc-a");
    assert_eq!(v["show"]["team"]["id"], "team-b");
    assert_eq!(v["show"]["services"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["refused_error"], true);
    assert!(v["refused"]
        .as_str()
        .unwrap_or_default()
        .contains("outside the catalog"));
    assert!(v["resources"].as_array().is_some_and(|r| r.len() > 3));
    assert!(v["format_starts"].as_str().is_some_and(|s| !s.is_empty()));
}
