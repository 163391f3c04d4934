//! `platctl site build`: the portal's files, links, escaping, cut lists,
//! determinism, history, and the output directory's safety.

use crate::common::{write_files, TestEnv};
use std::collections::BTreeMap;
use std::path::Path;

/// The hostile fixture: catalog text that tries to break out of the pages.
const HOSTILE: &str = "tests/fixtures/site/hostile";

fn build(env: &TestEnv, out: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    env.cmd()
        .args(["site", "build", "-o"])
        .arg(out)
        .args(extra)
        .assert()
}

/// Every file under `dir`, by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).expect("list") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let rel = p
                    .strip_prefix(base)
                    .expect("inside")
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&p).expect("read"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn text(files: &BTreeMap<String, Vec<u8>>, p: &str) -> String {
    String::from_utf8(
        files
            .get(p)
            .unwrap_or_else(|| panic!("{p} is missing"))
            .clone(),
    )
    .expect("utf-8")
}

fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(|s| s.replace("&amp;", "&"))
        .collect()
}

#[test]
fn the_demo_catalog_gives_every_page_with_relative_links_that_resolve() {
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("public");
    build(&TestEnv::demo(), &out, &[]).success();
    let files = tree(&out);
    for p in [
        "index.html",
        "capabilities/index.html",
        "capabilities/ci-pipelines.html",
        "services/payments-api.html",
        "teams/index.html",
        "teams/team-payments.html",
        "deprecations/index.html",
        "deprecations/legacy-auth-sunset.html",
        "exceptions/index.html",
        "intake/index.html",
        "roadmap/2026-Q3.html",
        "roadmap/2026-Q4.html",
        "roadmap/2027-Q1.html",
        "kpis.html",
        "radar.html",
        "search.html",
        "assets/site.css",
        "data/capabilities.json",
        "data/services.json",
        "data/teams.json",
        "data/deprecations.json",
        "data/exceptions.json",
        "data/intake.json",
        "data/kpis.json",
        "data/home.json",
        "data/roadmap-2026-Q4.json",
        "scorecards/index.html",
        "scorecards/production-readiness.html",
        "scorecards/capability-quality.html",
        "campaigns/sso-everywhere.html",
        "data/scorecards.json",
    ] {
        assert!(files.contains_key(p), "{p} is missing");
    }
    // One page per service and per team of the catalog.
    let services = std::fs::read_dir(TestEnv::demo().root().join("services"))
        .expect("list")
        .count();
    assert_eq!(
        files.keys().filter(|k| k.starts_with("services/")).count(),
        services
    );
    for (p, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8(bytes.clone()).expect("utf-8");
        assert!(
            !html.contains("src=\"http"),
            "{p} loads something from elsewhere"
        );
        let dir = Path::new(p).parent().unwrap_or(Path::new(""));
        for h in hrefs(&html) {
            if h.starts_with("https://")
                || h.starts_with("http://")
                || h.starts_with("mailto:")
                || h.starts_with('#')
            {
                continue;
            }
            let file = h.split(['#', '?']).next().unwrap_or("");
            assert!(
                !h.starts_with('/')
                    && !file.ends_with('/')
                    && (file.ends_with(".html")
                        || file.ends_with(".json")
                        || file.ends_with(".css")),
                "{p}: link `{h}` does not name a file"
            );
            let target = normalize(&dir.join(file));
            assert!(
                files.contains_key(&target),
                "{p}: link `{h}` goes nowhere ({target})"
            );
        }
    }
}

fn normalize(p: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    parts.join("/")
}

#[test]
fn pages_answer_the_questions_people_come_with() {
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("site");
    build(&TestEnv::demo(), &out, &[]).success();
    let files = tree(&out);
    // A service's page: what it uses that is going away, and by when.
    let svc = text(&files, "services/gift-cards.html");
    assert!(svc.contains("Going away"), "{svc}");
    assert!(svc.contains("legacy-auth-sunset"), "{svc}");
    assert!(svc.contains("sunset 15 Dec 2026 (in 18 days)"), "{svc}");
    // A team's page: its pending migrations and open requests.
    let team = text(&files, "teams/team-checkout.html");
    assert!(team.contains("Pending migrations (1)"), "{team}");
    assert!(team.contains("legacy-auth"), "{team}");
    assert!(team.contains("Open intake requests (1)"), "{team}");
    // The home page: what needs attention, each named by its id.
    let home = text(&files, "index.html");
    assert!(home.contains("Needs attention"));
    assert!(
        home.contains("sunset soon") && home.contains("legacy-auth-sunset"),
        "{home}"
    );
    assert!(
        home.contains("exception expiring") && home.contains("EXC-QWKMV1"),
        "{home}"
    );
    assert!(home.contains("KPI off target"), "{home}");
    assert!(home.contains("What changed in the last 30 days"), "{home}");
    // Intake: every status, final ones included.
    let intake = text(&files, "intake/index.html");
    for s in [
        "New (",
        "Triaged (",
        "Accepted (",
        "Done (",
        "Declined (",
        "Duplicate (",
    ] {
        assert!(intake.contains(s), "no {s} group");
    }
    // The KPI dashboard and the roadmap report, inside the site's frame.
    let kpis = text(&files, "kpis.html");
    assert!(kpis.contains("assets/site.css") && kpis.contains("class=\"kpi-board\""));
    let road = text(&files, "roadmap/2026-Q4.html");
    assert!(road.contains("Predictability by theme") && road.contains("../assets/site.css"));
    // data/ is JSON with a version.
    let v: serde_json::Value = serde_json::from_slice(&files["data/services.json"]).expect("json");
    assert_eq!(v["version"], 1);
    assert_eq!(v["as_of"], "2026-11-27");
    assert!(v["services"].as_array().is_some_and(|a| a.len() == 44));
}

#[test]
fn the_same_catalog_and_day_give_the_same_bytes() {
    let t = tempfile::tempdir().expect("tempdir");
    let (a, b) = (t.path().join("a"), t.path().join("b"));
    build(&TestEnv::demo(), &a, &[]).success();
    build(&TestEnv::demo(), &b, &[]).success();
    let (ta, tb) = (tree(&a), tree(&b));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (k, v) in &ta {
        assert!(tb[k] == *v, "{k} differs between two builds");
    }
}

#[test]
fn catalog_text_is_escaped_and_only_web_urls_become_links() {
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("site");
    build(&TestEnv::in_place(HOSTILE), &out, &[]).success();
    let files = tree(&out);
    for (p, bytes) in &files {
        let s = String::from_utf8_lossy(bytes);
        if p.ends_with(".html") {
            assert!(
                !s.contains("<script>alert"),
                "{p} holds a script from the catalog"
            );
            assert!(
                !s.contains("<img src=x"),
                "{p} holds markup from the catalog"
            );
            assert!(!s.contains("<b>bold"), "{p} holds markup from the catalog");
            for c in ['\u{1b}', '\u{202e}'] {
                assert!(!s.contains(c), "{p} holds {c:?} from the catalog");
            }
            for h in hrefs(&s) {
                let l = h.to_ascii_lowercase();
                assert!(
                    !l.starts_with("javascript:")
                        && !l.starts_with("data:")
                        && !l.starts_with("vbscript:"),
                    "{p}: {h}"
                );
            }
        }
    }
    let cap = text(&files, "capabilities/cap-evil.html");
    assert!(
        cap.contains("Evil &lt;b&gt;bold&lt;/b&gt; capability"),
        "{cap}"
    );
    assert!(
        cap.contains("href=\"https://docs.example.com/?q=&quot;&gt;&lt;script&gt;"),
        "{cap}"
    );
    // The search index cannot close its script element.
    let search = text(&files, "search.html");
    assert_eq!(
        search.matches("</script>").count(),
        2,
        "the index and the search script only"
    );
    assert!(search.contains("\\u003c/script\\u003e"));
    // A name with a bidi override reads on its page and in the search index
    // as in the terminal, and the index is still JSON.
    let plain = text(&files, "services/plain-svc.html");
    assert!(
        plain.contains("<h1>Plain \\u{1b}[2J\\u{202e}gpj.exe</h1>"),
        "{plain}"
    );
    let index = search
        .split("<script id=\"search-index\" type=\"application/json\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("the search index");
    let rows: Vec<Vec<String>> = serde_json::from_str(index).expect("the index is JSON");
    assert!(
        rows.iter()
            .any(|r| r[2] == "Plain \\u{1b}[2J\\u{202e}gpj.exe"),
        "{rows:?}"
    );
    // An entry with an error still gets its page, with the finding.
    let broken = text(&files, "services/escape.html");
    assert!(broken.contains("could not be read"), "{broken}");
    assert!(broken.contains("is not a valid id"), "{broken}");
    assert!(text(&files, "index.html").contains("Entries that could not be read"));
}

#[test]
fn a_long_list_is_counted_and_cut_and_whole_in_data() {
    let mut files: Vec<(String, String)> = Vec::new();
    for i in 0..60 {
        files.push((
            format!("services/s{i:02}.yaml"),
            format!("id: s{i:02}\nteam: team-b\ntier: 3\n"),
        ));
    }
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let dir = TestEnv::base(&refs);
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("site");
    build(&dir, &out, &[]).success();
    let tree = tree(&out);
    let page = text(&tree, "capabilities/cap-ga.html");
    assert!(page.contains("Eligible, not adopted yet (60)"), "{page}");
    assert!(
        page.contains("Showing 50 of 60 services; 10 more in"),
        "{page}"
    );
    let shown = (0..60)
        .filter(|i| page.contains(&format!("href=\"../services/s{i:02}.html\"")))
        .count();
    assert_eq!(shown, 50);
    let v: serde_json::Value =
        serde_json::from_slice(&tree["data/capabilities.json"]).expect("json");
    let cap = v["capabilities"]
        .as_array()
        .and_then(|a| a.iter().find(|c| c["id"] == "cap-ga"))
        .expect("cap-ga");
    assert_eq!(cap["not_adopted"].as_array().map(Vec::len), Some(60));
}

#[test]
fn outside_git_the_home_page_says_what_changed_is_not_known() {
    let dir = TestEnv::base(&[]);
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("site");
    build(&dir, &out, &[]).success();
    let home = std::fs::read_to_string(out.join("index.html")).expect("read");
    assert!(
        home.contains("Not known: the catalog is not in a git repository"),
        "{home}"
    );
}

use crate::common::git;

#[test]
fn what_changed_lately_comes_from_git_and_since_moves_its_start() {
    let dir = TestEnv::base(&[]);
    let d = dir.root();
    git(d, "2026-09-01T12:00:00Z", &["init", "-q"]);
    git(d, "2026-09-01T12:00:00Z", &["add", "-A"]);
    git(d, "2026-09-01T12:00:00Z", &["commit", "-qm", "catalog"]);
    write_files(
        d,
        &[(
            "capabilities/cap-new.yaml",
            "id: cap-new\nname: New thing\nsummary: Fresh\nowner: team-a\nlifecycle: beta\n",
        )],
    );
    git(d, "2026-11-20T12:00:00Z", &["add", "-A"]);
    git(d, "2026-11-20T12:00:00Z", &["commit", "-qm", "new"]);
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("site");
    build(&dir, &out, &[]).success();
    let home = std::fs::read_to_string(out.join("index.html")).expect("read");
    assert!(
        home.contains("href=\"capabilities/cap-new.html\">capabilities/cap-new</a>"),
        "{home}"
    );
    // A window that starts after the change shows none.
    build(&dir, &out, &["--since", "3d"]).success();
    let home = std::fs::read_to_string(out.join("index.html")).expect("read");
    assert!(home.contains("What changed since 24 Nov 2026"), "{home}");
    assert!(
        home.contains("No change to the catalog since 24 Nov 2026"),
        "{home}"
    );
    let bad = build(&dir, &out, &["--since", "lately"]).code(2);
    let err = String::from_utf8_lossy(&bad.get_output().stderr).into_owned();
    assert!(err.contains("--since `lately`"), "{err}");
}

#[test]
fn rebuilding_replaces_the_site_but_never_a_directory_it_did_not_write() {
    let dir = TestEnv::base(&[]);
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("site");
    build(&dir, &out, &[]).success();
    std::fs::write(out.join("stale.html"), "old").expect("write");
    build(&dir, &out, &[]).success();
    assert!(
        !out.join("stale.html").exists(),
        "the old site is replaced whole"
    );
    assert!(out.join("index.html").exists());
    let left: Vec<_> = std::fs::read_dir(t.path()).expect("list").collect();
    assert_eq!(left.len(), 1, "nothing is left beside the site");

    let mine = t.path().join("mine");
    write_files(&mine, &[("notes.txt", "precious")]);
    let a = build(&dir, &mine, &[]).code(2);
    let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
    assert!(err.contains("was not written by platctl"), "{err}");
    assert_eq!(
        std::fs::read_to_string(mine.join("notes.txt")).expect("kept"),
        "precious"
    );
}

/// The Pages examples are valid YAML and their `platctl … site build` lines parse.
#[test]
fn the_pages_examples_use_real_flags() {
    use clap::Parser;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in [
        "examples/ci/github-pages.yml",
        "examples/ci/gitlab-pages.yml",
    ] {
        let text = std::fs::read_to_string(root.join(file)).expect("example");
        assert!(
            platctl::catalog::yaml::parse_documents(&text).is_ok(),
            "{file} is not valid YAML"
        );
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#') && l.contains("platctl -C"))
            .collect();
        assert_eq!(lines.len(), 1, "{file}: {lines:?}");
        let cmd = &lines[0][lines[0].find("platctl ").expect("platctl")..];
        let words: Vec<&str> = cmd
            .split_whitespace()
            .map(|w| if w.contains("$CATALOG") { "catalog" } else { w })
            .collect();
        assert!(
            words.contains(&"site") && words.contains(&"build"),
            "{file}"
        );
        if let Err(e) = platctl::cli::Cli::try_parse_from(&words) {
            panic!("{file}: `{cmd}` does not parse: {e}");
        }
    }
}

#[test]
fn scorecard_and_campaign_pages_say_what_the_commands_say() {
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("public");
    build(&TestEnv::demo(), &out, &[]).success();
    let files = tree(&out);
    let data: serde_json::Value =
        serde_json::from_str(&text(&files, "data/scorecards.json")).expect("json");
    assert_eq!(data["version"], 1);
    for id in ["production-readiness", "capability-quality"] {
        let show = TestEnv::demo().json(&["scorecard", "show", id, "--format", "json"]);
        let card = data["scorecards"]
            .as_array()
            .expect("list")
            .iter()
            .find(|c| c["scorecard"]["id"] == id)
            .unwrap_or_else(|| panic!("{id} not in data/scorecards.json"));
        for key in ["summary", "entities", "teams", "target"] {
            assert_eq!(
                card[key], show[key],
                "{id}: {key} differs from scorecard show"
            );
        }
        assert_eq!(card["href"], format!("scorecards/{id}.html"));
        let page = text(&files, &format!("scorecards/{id}.html"));
        // Per-rule pass rates: passing / counted, as the command counts them.
        for r in show["summary"]["rules"].as_array().expect("rules") {
            let cell = format!("{} / {}", r["passing"], r["counted"]);
            assert!(
                page.contains(&cell),
                "{id}: rule {} shows no {cell}",
                r["id"]
            );
            assert!(page.contains(r["id"].as_str().expect("id")));
        }
        for d in show["summary"]["distribution"].as_array().expect("levels") {
            let row = format!(
                "<td>{}</td><td class=\"num\">{}</td>",
                d["level"].as_str().expect("level"),
                d["count"]
            );
            assert!(page.contains(&row), "{id}: no distribution row {row}");
        }
        assert!(text(&files, "scorecards/index.html")
            .contains(&format!("href=\"../scorecards/{id}.html\"")));
    }
    // The nav links the scorecards index from every page.
    assert!(text(&files, "index.html").contains("href=\"scorecards/index.html\""));
    assert!(text(&files, "teams/team-payments.html").contains("href=\"../scorecards/index.html\""));

    // A service's levels on every scorecard, as `scorecard check` gives them.
    let check = TestEnv::demo().json(&["scorecard", "check", "payments-api", "--format", "json"]);
    let svc = text(&files, "services/payments-api.html");
    assert!(!svc.contains("No scorecard in this catalog yet."));
    for c in check["scorecards"].as_array().expect("cards") {
        let level = c["level"].as_str().expect("level");
        assert!(
            svc.contains(&format!(
                "href=\"../scorecards/{}.html\"",
                c["scorecard"].as_str().expect("id")
            )),
            "payments-api links no scorecard page"
        );
        assert!(
            svc.contains(&format!(">{level}</span>")),
            "payments-api: no level {level}"
        );
    }
    let cap = text(&files, "capabilities/ci-pipelines.html");
    assert!(cap.contains("href=\"../scorecards/capability-quality.html\""));
    assert!(!cap.contains("No scorecard in this catalog yet."));
    let team = text(&files, "teams/team-payments.html");
    assert!(team.contains("href=\"../scorecards/production-readiness.html\""));
    assert!(!team.contains("No scorecard in this catalog yet."));

    // The campaign: progress and who is left, with their teams.
    let camp = TestEnv::demo().json(&["campaign", "show", "sso-everywhere", "--format", "json"]);
    let row = &camp["campaign"];
    let page = text(&files, "campaigns/sso-everywhere.html");
    assert!(page.contains(&format!(
        "{} of {} entities in scope done",
        row["done"], row["in_scope"]
    )));
    assert!(page.contains("31 Mar 2027"), "no due date");
    let left = row["left"].as_array().expect("left");
    assert!(!left.is_empty());
    assert!(page.contains(&format!("Who is left ({})", left.len())));
    for l in left {
        let id = l["id"].as_str().expect("id");
        assert!(
            page.contains(&format!("href=\"../services/{id}.html\"")),
            "{id} not listed as left"
        );
        if let Some(team) = l["team"].as_str() {
            assert!(
                page.contains(&format!("href=\"../teams/{team}.html\"")),
                "{team} of {id} not shown"
            );
            // The team's page says the campaign waits on it, naming the service.
            let tp = text(&files, &format!("teams/{team}.html"));
            assert!(
                tp.contains("href=\"../campaigns/sso-everywhere.html\""),
                "{team}'s page does not name the campaign"
            );
            assert!(
                tp.contains(&format!(">{id}</a>")),
                "{team}'s page does not name {id}"
            );
        }
        // So does the service's own page.
        let sp = text(&files, &format!("services/{id}.html"));
        assert!(sp.contains("Campaigns that wait on it (1)"), "{id}");
        assert!(
            sp.contains("href=\"../campaigns/sso-everywhere.html\""),
            "{id}"
        );
    }
    // A service the campaign does not wait on says nothing of it.
    let done = text(&files, "services/payments-api.html");
    assert!(!done.contains("Campaigns that wait on it"));
    // The scorecard's page names the campaign on its rules.
    assert!(text(&files, "scorecards/production-readiness.html")
        .contains("href=\"../campaigns/sso-everywhere.html\""));
    // The scorecard's target is a KPI of the dashboard, as in `report kpi`.
    let kpis = text(&files, "kpis.html");
    assert!(
        kpis.contains("scorecard-production-readiness"),
        "the scorecard target KPI is missing from kpis.html"
    );
    assert!(!page.contains("overdue"), "not overdue before its due date");
    let camps = data["campaigns"].as_array().expect("campaigns");
    assert_eq!(camps[0]["id"], "sso-everywhere");
    assert_eq!(camps[0]["done"], row["done"]);
    assert_eq!(camps[0]["overdue"], false);
    assert!(!text(&files, "index.html").contains("campaign overdue"));
}

#[test]
fn an_overdue_campaign_needs_attention_on_the_home_page() {
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("public");
    TestEnv::demo()
        .today("2027-04-15")
        .cmd()
        .args(["site", "build", "-o"])
        .arg(&out)
        .assert()
        .success();
    let files = tree(&out);
    let home = text(&files, "index.html");
    assert!(
        home.contains("campaign overdue"),
        "no overdue campaign on the home page"
    );
    assert!(home.contains("<a href=\"campaigns/sso-everywhere.html\">sso-everywhere</a>"));
    let page = text(&files, "campaigns/sso-everywhere.html");
    assert!(page.contains("Overdue:"));
    let h: serde_json::Value = serde_json::from_str(&text(&files, "data/home.json")).expect("json");
    assert!(h["attention"]
        .as_array()
        .expect("list")
        .iter()
        .any(|a| a["kind"] == "campaign-overdue" && a["id"] == "sso-everywhere"));
}

const SC: &str = "id: sc\nname: Readiness\ndescription: Runbook then on-call\nowner: team-a\napplies_to: service\nlevels: [bronze, silver]\nrules:\n  - id: runbook\n    level: bronze\n    expr: \"has(entity.runbook)\"\n    fix: Add a runbook.\n  - id: oncall\n    level: silver\n    expr: \"has(entity.oncall)\"\n    fix: Add an on-call.\n";
const CAMPAIGN: &str = "id: oncall-push\nname: Everyone on call\nowner: team-a\nscorecard: sc\nrules: [oncall]\nstart: 2026-10-01\ndue: 2027-01-31\nstatus: active\nbrief: Page someone\n";

/// Two services whose levels move at known dates:
///   2026-06-10  neither has a runbook nor an on-call   (none 2)
///   2026-08-15  svc-a gets a runbook                   (none 1, bronze 1)
///   2026-10-20  svc-a gets an on-call                  (none 1, silver 1)
///   2026-11-10  svc-b gets an on-call (no runbook)     (none 1, silver 1)
fn scorecard_history() -> TestEnv {
    let dir = TestEnv::base(&[
        ("scorecards/sc.yaml", SC),
        ("campaigns/oncall-push.yaml", CAMPAIGN),
    ]);
    let d = dir.root();
    let svc = |id: &str, tier: u8, extra: &str| {
        write_files(
            d,
            &[(
                &format!("services/{id}.yaml"),
                &format!("id: {id}\nteam: team-b\ntier: {tier}\nuses:\n  - cap-ga\n{extra}"),
            )],
        )
    };
    git(d, "2026-06-10T12:00:00Z", &["init", "-q"]);
    git(d, "2026-06-10T12:00:00Z", &["add", "-A"]);
    git(d, "2026-06-10T12:00:00Z", &["commit", "-qm", "base"]);
    svc("svc-a", 1, "runbook: https://r\n");
    git(
        d,
        "2026-08-15T12:00:00Z",
        &["commit", "-qam", "svc-a runbook"],
    );
    svc("svc-a", 1, "runbook: https://r\noncall: pd:a\n");
    git(
        d,
        "2026-10-20T12:00:00Z",
        &["commit", "-qam", "svc-a on call"],
    );
    svc("svc-b", 2, "oncall: pd:b\n");
    git(
        d,
        "2026-11-10T12:00:00Z",
        &["commit", "-qam", "svc-b on call"],
    );
    dir
}

#[test]
fn a_scorecard_has_a_trend_and_a_campaign_a_burn_up_from_git() {
    let dir = scorecard_history();
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("site");
    build(&dir, &out, &[]).success();
    let files = tree(&out);

    // The trend: counts per level (none, bronze, silver) at each quarter's end.
    let page = text(&files, "scorecards/sc.html");
    assert_eq!(page.matches("<svg").count(), 1, "one trend chart");
    for bar in [
        "<title>2026-Q2: none 2</title>",
        "<title>2026-Q3: none 1</title>",
        "<title>2026-Q3: bronze 1</title>",
        "<title>2026-Q4: none 1</title>",
        "<title>2026-Q4: silver 1</title>",
    ] {
        assert!(page.contains(bar), "no bar {bar}");
    }
    assert!(
        !page.contains("<title>2026-Q1:"),
        "no bar before the history"
    );
    // The same numbers as a table, and the quarter before the history says why it has none.
    let row = |q: &str, day: &str, n: [u32; 4]| {
        format!(
            "<th scope=\"row\">{q}</th><td>{day}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
            n[0], n[1], n[2], n[3]
        )
    };
    assert!(
        page.contains(&row("2026-Q2", "30 Jun 2026", [2, 0, 0, 2])),
        "{page}"
    );
    assert!(page.contains(&row("2026-Q3", "30 Sep 2026", [1, 1, 0, 2])));
    assert!(page.contains(&row("2026-Q4", "27 Nov 2026", [1, 0, 1, 2])));
    assert!(page.contains("No data: no commit on or before 2026-03-31"));
    assert!(page.contains("Median level <strong>none</strong> at the end of 2026-Q2"));
    // The chart and the data say what `scorecard show --trend` says.
    let data: serde_json::Value =
        serde_json::from_str(&text(&files, "data/scorecards.json")).expect("json");
    let trend = dir.json(&["scorecard", "show", "sc", "--trend", "--format", "json"]);
    assert_eq!(data["scorecards"][0]["trend"], trend["points"]);

    // The burn-up: the share of the two services with an on-call at each week's end.
    let page = text(&files, "campaigns/oncall-push.html");
    assert_eq!(page.matches("<svg").count(), 1, "one burn-up chart");
    for dot in [
        "<title>7 Oct 2026: 0.0%</title>",
        "<title>14 Oct 2026: 0.0%</title>",
        "<title>21 Oct 2026: 50.0%</title>",
        "<title>4 Nov 2026: 50.0%</title>",
        "<title>11 Nov 2026: 100.0%</title>",
        "<title>27 Nov 2026: 100.0%</title>",
    ] {
        assert!(page.contains(dot), "no point {dot}");
    }
    assert_eq!(
        page.matches("<circle").count(),
        9,
        "one point per week and today"
    );
    assert!(page.contains(
        "<th scope=\"row\">21 Oct 2026</th><td class=\"num\">1</td><td class=\"num\">2</td><td class=\"num\">50.0%</td>"
    ));
    assert!(page.contains("from 7 Oct 2026 to 27 Nov 2026: 0.0% then 100.0%"));
    let show = dir.json(&["campaign", "show", "oncall-push", "--format", "json"]);
    assert_eq!(data["campaigns"][0]["burnup"], show["burnup"]);
    assert_eq!(data["campaigns"][0]["burnup"][0]["progress"], 0.0);
    assert_eq!(
        data["campaigns"][0]["burnup"][0]["note"],
        serde_json::Value::Null,
        "a week with a value has no note"
    );

    // The team's page says which rules its services do not pass, and the fix.
    let team = text(&files, "teams/team-b.html");
    assert!(team.contains("Rules not passing on Readiness"), "{team}");
    assert!(team.contains(
        "<td><code>runbook</code></td><td>bronze</td><td>1 service: <a href=\"../services/svc-b.html\">svc-b</a></td><td>Add a runbook.</td>"
    ), "{team}");
    assert!(
        !team.contains("<code>oncall</code>"),
        "every service has an on-call"
    );

    // The same catalog outside git: no chart, and the pages say why.
    let plain = TestEnv::base(&[
        ("scorecards/sc.yaml", SC),
        ("campaigns/oncall-push.yaml", CAMPAIGN),
    ]);
    build(&plain, &out, &[]).success();
    let files = tree(&out);
    let page = text(&files, "scorecards/sc.html");
    assert!(!page.contains("<svg"));
    assert!(page.contains("No trend: the catalog is not in a git repository"));
    let page = text(&files, "campaigns/oncall-push.html");
    assert!(!page.contains("<svg"));
    assert!(page.contains("No burn-up: the catalog is not in a git repository"));
}

#[test]
fn scorecards_and_campaigns_are_in_the_search_index() {
    let dir = TestEnv::base(&[
        ("scorecards/sc.yaml", SC),
        ("campaigns/oncall-push.yaml", CAMPAIGN),
    ]);
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("site");
    build(&dir, &out, &[]).success();
    let files = tree(&out);
    let data: serde_json::Value =
        serde_json::from_str(&text(&files, "data/search.json")).expect("json");
    let entries = data["entries"].as_array().expect("entries");
    let find = |kind: &str, id: &str| {
        entries
            .iter()
            .find(|e| e["kind"] == kind && e["id"] == id)
            .unwrap_or_else(|| panic!("no {kind} {id} in the search index"))
            .clone()
    };
    let sc = find("scorecard", "sc");
    assert_eq!(sc["name"], "Readiness");
    assert_eq!(sc["summary"], "Runbook then on-call");
    assert_eq!(sc["team"], "Team A");
    assert_eq!(sc["href"], "scorecards/sc.html");
    let c = find("campaign", "oncall-push");
    assert_eq!(c["name"], "Everyone on call");
    assert_eq!(c["summary"], "Page someone");
    assert_eq!(c["href"], "campaigns/oncall-push.html");
    // The index inline in search.html has them too (a fetch fails over file://).
    let search = text(&files, "search.html");
    assert!(search.contains("\"scorecards/sc.html\""), "{search}");
    assert!(search.contains("\"campaigns/oncall-push.html\""));
}
