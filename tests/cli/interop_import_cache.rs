//! The import cache: a rerun with nothing changed gives, from
//! `.platctl/cache/`, exactly what the full import gives, and anything that
//! could change the result (a source, a catalog file, the cache itself, the
//! build) sends it down the full path.

// File identities (inode, change time) are what the cache compares: Unix only.
#![cfg(unix)]

use crate::common;

use common::{copy_dir, write_files, TestEnv};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The note `-v` prints when the report comes from the cache.
const HIT: &str = "nothing changed since the last import";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn hit(&self) -> bool {
        self.stderr.contains(HIT)
    }
}

/// `platctl -C <catalog> -v import ARGS` from `cwd` (where the sources are).
fn run(env: &TestEnv, cwd: &Path, args: &[&str]) -> Run {
    let out = env
        .cmd()
        .current_dir(cwd)
        .arg("-v")
        .arg("import")
        .args(args)
        .output()
        .expect("runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn cache_file(cat: &Path) -> PathBuf {
    cat.join(".platctl/cache/import-backstage.json")
}

/// Source files: two groups, three services (one with an owner that names no
/// team, so the report has something to say and the exit code is 1), and a
/// Location with a target that is not read.
fn sources(dir: &Path) {
    write_files(
        dir,
        &[
            ("all.yaml", "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  targets:\n    - ./repos/*/catalog-info.yaml\n    - https://example.com/x.yaml\n"),
            ("org.yaml", "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: payments\nspec:\n  type: team\n  children: []\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: search\nspec:\n  type: team\n  children: []\n"),
            ("repos/pay/catalog-info.yaml", "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: pay\n  description: Takes money\nspec:\n  type: service\n  lifecycle: production\n  owner: group:payments\n"),
            ("repos/find/catalog-info.yaml", "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: find\n  description: Finds things\nspec:\n  type: service\n  lifecycle: production\n  owner: search\n"),
            ("repos/lost/catalog-info.yaml", "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: lost\nspec:\n  type: service\n  lifecycle: production\n  owner: group:nobody\n"),
        ],
    );
}

/// A catalog (at `<tmp>/cat`) and its sources (at `<tmp>/src`), imported
/// once (files written, teams created, and the cache written for the rerun)
/// and once more (nothing to change: the report from the cache, byte for
/// byte what reading everything again gives). Returns the env and the
/// second run.
fn imported() -> (TestEnv, Run) {
    let env = TestEnv::empty().root_at("cat");
    write_files(env.root(), &[("platctl.yaml", "version: 1\nname: Acme\n")]);
    let s = src(&env);
    sources(&s);
    let first = run(&env, &s, ARGS);
    assert_eq!(first.code, 1, "{}{}", first.stdout, first.stderr);
    assert!(first.stdout.contains("created"), "{}", first.stdout);
    assert!(!first.hit(), "{}", first.stderr);
    assert!(
        first.stderr.contains("read 5 source files"),
        "{}",
        first.stderr
    );
    assert!(
        cache_file(env.root()).is_file(),
        "a run that writes keeps one for the rerun"
    );
    let second = run(&env, &s, ARGS);
    assert!(second.hit(), "the first rerun: {}", second.stderr);
    let mut n = ARGS.to_vec();
    n.push("--no-cache");
    let full = run(&env, &s, &n);
    assert!(!full.hit(), "{}", full.stderr);
    assert!(
        full.stderr.contains("read 5 source files"),
        "{}",
        full.stderr
    );
    assert_eq!(
        second.stdout, full.stdout,
        "the same report as a full rerun"
    );
    assert_eq!((second.code, full.code), (1, 1));
    assert!(
        second
            .stdout
            .contains("files: 0 created, 0 updated, 0 removed"),
        "{}",
        second.stdout
    );
    (env, second)
}

/// Where the sources are.
fn src(env: &TestEnv) -> PathBuf {
    env.tmp().join("src")
}

const ARGS: &[&str] = &["backstage", "all.yaml", "org.yaml"];

fn json(r: &Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

#[test]
fn a_rerun_with_nothing_changed_gives_the_same_report_from_the_cache() {
    let (env, second) = imported();
    let (c, s) = (env.root(), &src(&env));
    let third = run(&env, s, ARGS);
    assert!(third.hit(), "{}", third.stderr);
    assert_eq!(third.stdout, second.stdout, "the same text report");
    assert_eq!(third.code, 1, "the same exit code");
    assert!(third.stdout.contains("group:nobody"), "{}", third.stdout);
    assert!(
        third.stdout.contains("https://example.com/x.yaml"),
        "{}",
        third.stdout
    );
    let mut a = ARGS.to_vec();
    a.extend(["--format", "json"]);
    let hit = run(&env, s, &a);
    assert!(hit.hit(), "{}", hit.stderr);
    let mut n = a.clone();
    n.push("--no-cache");
    let full = run(&env, s, &n);
    assert!(!full.hit(), "--no-cache reads everything: {}", full.stderr);
    assert_eq!(hit.stdout, full.stdout, "the same JSON, byte for byte");
    assert_eq!((hit.code, full.code), (1, 1));
    let r = json(&hit);
    assert_eq!(
        r["kinds"],
        serde_json::json!([
            {"kind": "Component", "imported": 0, "updated": 0, "unchanged": 2, "skipped": 1},
            {"kind": "Group", "imported": 0, "updated": 0, "unchanged": 2, "skipped": 0},
        ])
    );
    assert_eq!(r["not_read"][0]["at"], "all.yaml:8");
    // A dry run may use it too (and says it is one); the same as without.
    let mut d = ARGS.to_vec();
    d.push("--dry-run");
    let dry = run(&env, s, &d);
    assert!(dry.hit(), "{}", dry.stderr);
    d.push("--no-cache");
    assert_eq!(dry.stdout, run(&env, s, &d).stdout);
    assert!(dry.stdout.contains("dry run"), "{}", dry.stdout);
    // Another flag that changes the result is another key.
    let mut p = ARGS.to_vec();
    p.push("--prune");
    let pruned = run(&env, s, &p);
    assert!(!pruned.hit(), "{}", pruned.stderr);
    // The cache ignores itself for git.
    assert_eq!(
        std::fs::read_to_string(c.join(".platctl/cache/.gitignore"))
            .expect("gitignore")
            .lines()
            .last(),
        Some("*")
    );
}

#[test]
fn a_source_edited_keeping_its_size_and_time_is_read_again() {
    let (env, _) = imported();
    let (c, s) = (env.root(), &src(&env));
    assert!(run(&env, s, ARGS).hit());
    let f = s.join("repos/pay/catalog-info.yaml");
    let before = std::fs::metadata(&f).expect("meta");
    let text = std::fs::read_to_string(&f).expect("read");
    let edited = text.replace("Takes money", "Gives money");
    assert_eq!(edited.len(), text.len());
    std::fs::write(&f, &edited).expect("write");
    std::fs::File::open(&f)
        .expect("open")
        .set_modified(before.modified().expect("mtime"))
        .expect("touch -d back");
    let after = std::fs::metadata(&f).expect("meta");
    assert_eq!(
        (after.len(), after.modified().ok()),
        (before.len(), before.modified().ok())
    );
    let rerun = run(&env, s, ARGS);
    assert!(!rerun.hit(), "{}", rerun.stderr);
    assert!(rerun.stdout.contains("updated"), "{}", rerun.stdout);
    assert!(
        std::fs::read_to_string(c.join("services/pay.yaml"))
            .expect("read")
            .contains("description: Gives money"),
        "the edit is imported"
    );
}

#[test]
fn a_new_source_file_is_found() {
    let (env, _) = imported();
    let (c, s) = (env.root(), &src(&env));
    write_files(
        s,
        &[("repos/more/catalog-info.yaml", "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: more\nspec:\n  type: service\n  lifecycle: production\n  owner: search\n")],
    );
    let rerun = run(&env, s, ARGS);
    assert!(!rerun.hit(), "{}", rerun.stderr);
    assert!(c.join("services/more.yaml").is_file());
}

#[test]
fn a_catalog_file_edited_by_hand_is_repaired_as_without_a_cache() {
    let (env, _) = imported();
    let (c, s) = (env.root(), &src(&env));
    let f = c.join("services/pay.yaml");
    let original = std::fs::read_to_string(&f).expect("read");
    std::fs::write(&f, original.replace("Takes money", "Took money")).expect("write");
    let mut a = ARGS.to_vec();
    a.extend(["--format", "json"]);
    let rerun = run(&env, s, &a);
    assert!(!rerun.hit(), "{}", rerun.stderr);
    let r = json(&rerun);
    assert_eq!(r["kinds"][0]["updated"], 1, "{r:#}");
    assert_eq!(
        r["files"],
        serde_json::json!([{"path": "services/pay.yaml", "action": "updated"}])
    );
    assert_eq!(std::fs::read_to_string(&f).expect("read"), original);
    // A catalog file added by hand counts too (a team the owner now names).
    write_files(c, &[("teams/nobody.yaml", "id: nobody\nname: Nobody\n")]);
    let rerun = run(&env, s, &a);
    assert!(!rerun.hit(), "{}", rerun.stderr);
    assert_eq!(json(&rerun)["unresolved_owners"], serde_json::json!([]));
}

#[test]
fn a_corrupt_foreign_or_linked_cache_is_ignored_and_the_result_is_the_same() {
    let (env, second) = imported();
    let (c, s) = (env.root(), &src(&env));
    let cache = cache_file(c);
    let good = std::fs::read(&cache).expect("cache");
    let full = |why: &str| {
        let r = run(&env, s, ARGS);
        assert!(!r.hit(), "{why}: {}", r.stderr);
        assert_eq!(r.stdout, second.stdout, "{why}");
        assert_eq!(r.code, 1, "{why}");
    };
    // Corrupt: cut in half, not JSON, deeply nested.
    std::fs::write(&cache, &good[..good.len() / 2]).expect("write");
    full("cut in half");
    assert!(run(&env, s, ARGS).hit(), "rebuilt by the full run");
    std::fs::write(&cache, "[".repeat(1 << 16)).expect("write");
    full("nested");
    // From another build of platctl.
    let mut v: Value = serde_json::from_slice(&good).expect("json");
    v["key"]["build"] = Value::from("0.0.1 another");
    std::fs::write(&cache, serde_json::to_vec(&v).expect("json")).expect("write");
    full("another build");
    // A file's identity that does not match (as after a checkout).
    let mut v: Value = serde_json::from_slice(&good).expect("json");
    v["sources"][0]["ident"][1] = Value::from(1u64);
    std::fs::write(&cache, serde_json::to_vec(&v).expect("json")).expect("write");
    full("another inode");
    // A link to a good cache outside the root: not read, not written through.
    let outside = env.tmp().join("outside");
    std::fs::create_dir_all(&outside).expect("mkdir");
    let target = outside.join("cache.json");
    std::fs::write(&target, &good).expect("write");
    std::fs::remove_file(&cache).expect("rm");
    std::os::unix::fs::symlink(&target, &cache).expect("symlink");
    full("a link");
    assert_eq!(
        std::fs::read(&target).expect("read"),
        good,
        "not written through"
    );
    assert!(!std::fs::symlink_metadata(&cache)
        .expect("meta")
        .file_type()
        .is_symlink());
    // The whole .platctl directory a link to somewhere else: left alone.
    std::fs::remove_dir_all(c.join(".platctl")).expect("rm");
    let elsewhere = outside.join("dot");
    std::fs::create_dir_all(elsewhere.join("cache")).expect("mkdir");
    std::fs::write(elsewhere.join("cache/import-backstage.json"), &good).expect("write");
    std::os::unix::fs::symlink(&elsewhere, c.join(".platctl")).expect("symlink");
    full("a linked .platctl");
    full("still not written through it");
    assert_eq!(
        std::fs::read(elsewhere.join("cache/import-backstage.json")).expect("read"),
        good
    );
    assert!(!elsewhere.join("cache/.gitignore").exists());
}

#[test]
fn a_racily_clean_file_is_compared_by_content() {
    let (env, _) = imported();
    let (c, s) = (env.root(), &src(&env));
    // A source whose modification time is in the future is never older than
    // the cache: the cache keeps the hash of what was read.
    let f = s.join("org.yaml");
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(86_400);
    std::fs::File::open(&f)
        .expect("open")
        .set_modified(later)
        .expect("touch");
    let rewrite = run(&env, s, ARGS);
    assert!(!rewrite.hit(), "{}", rewrite.stderr);
    let mut v: Value =
        serde_json::from_slice(&std::fs::read(cache_file(c)).expect("cache")).expect("json");
    let entry = v["sources"]
        .as_array_mut()
        .expect("sources")
        .iter_mut()
        .find(|e| e["shown"] == "org.yaml")
        .expect("org.yaml");
    assert!(entry["hash"].is_u64(), "{entry}");
    assert!(run(&env, s, ARGS).hit(), "the same content: used");
    // The same identity but another content (a change within one clock tick
    // of the read): the hash tells.
    let h = entry["hash"].as_u64().expect("hash");
    entry["hash"] = Value::from(h ^ 1);
    std::fs::write(cache_file(c), serde_json::to_vec(&v).expect("json")).expect("write");
    assert!(!run(&env, s, ARGS).hit(), "another content: read again");
}

#[test]
fn no_cache_and_dry_run_write_no_cache() {
    let (env, _) = imported();
    let (c, s) = (env.root(), &src(&env));
    std::fs::remove_file(cache_file(c)).expect("rm");
    let mut a = ARGS.to_vec();
    a.push("--no-cache");
    run(&env, s, &a);
    assert!(!cache_file(c).exists(), "--no-cache");
    let mut d = ARGS.to_vec();
    d.push("--dry-run");
    run(&env, s, &d);
    assert!(!cache_file(c).exists(), "--dry-run");
}

#[test]
fn the_cache_is_not_linted_nor_exported() {
    let (env, _) = imported();
    let c = env.root();
    // Even a YAML file in it is not catalog data.
    write_files(c, &[(".platctl/cache/teams.yaml", "id: [broken\n")]);
    let bare = env.tmp().join("bare");
    copy_dir(c, &bare);
    std::fs::remove_dir_all(bare.join(".platctl")).expect("rm");
    let lint = |root: &Path| {
        let out = env
            .cmd_on(root)
            .args(["lint", "--format", "json"])
            .output()
            .expect("runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, with) = lint(c);
    assert_eq!((code, with.replace(&*c.to_string_lossy(), "")), {
        let (code, without) = lint(&bare);
        (code, without.replace(&*bare.to_string_lossy(), ""))
    });
    assert!(!with.contains(".platctl"), "{with}");
    let export = |root: &Path, out: &Path| {
        let o = env
            .cmd_on(root)
            .args(["export", "backstage", "-o"])
            .arg(out)
            .output()
            .expect("runs");
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let mut names: Vec<String> = std::fs::read_dir(out)
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let a = export(c, &env.tmp().join("a"));
    let b = export(&bare, &env.tmp().join("b"));
    assert_eq!(a, b);
    assert!(
        a.iter()
            .all(|n| !n.contains("platctl") && !n.contains("cache")),
        "{a:?}"
    );
}

/// The first run creates the team its services name and writes them; the
/// rerun right after it (from the cache) says exactly what reading
/// everything again says, unmapped values and exit code 1 included.
#[test]
fn the_first_rerun_after_creating_teams_with_unmapped_values_is_from_the_cache() {
    let env = TestEnv::empty().root_at("cat");
    write_files(env.root(), &[("platctl.yaml", "version: 1\nname: Acme\n")]);
    let s = src(&env);
    write_files(
        &s,
        &[
            ("a/opslevel.yml", "version: 1\nservice:\n  name: Order Processor\n  owner: orders_team\n  lifecycle: generally_available\n  tier: platinum\n"),
            ("b/opslevel.yml", "version: 1\nservice:\n  name: Cart\n  owner: orders_team\n  tier: tier_2\n"),
        ],
    );
    let args = ["opslevel", ".", "--format", "json"];
    let first = run(&env, &s, &args);
    assert_eq!(first.code, 1, "{}{}", first.stdout, first.stderr);
    let r = json(&first);
    assert!(env.root().join("teams/orders-team.yaml").is_file(), "{r:#}");
    assert_eq!(r["unmapped"][0]["value"], "platinum", "{r:#}");
    assert!(
        env.root()
            .join(".platctl/cache/import-opslevel.json")
            .is_file(),
        "{}",
        first.stderr
    );
    let second = run(&env, &s, &args);
    assert!(second.hit(), "{}", second.stderr);
    let mut n = args.to_vec();
    n.push("--no-cache");
    let full = run(&env, &s, &n);
    assert!(!full.hit(), "{}", full.stderr);
    assert_eq!(second.stdout, full.stdout, "byte for byte");
    assert_eq!((second.code, full.code), (1, 1));
    let r = json(&second);
    assert_eq!(r["unmapped"][0]["value"], "platinum", "{r:#}");
    assert_eq!(r["files"], serde_json::json!([]), "{r:#}");
    assert!(
        r["kinds"]
            .as_array()
            .expect("kinds")
            .iter()
            .all(|k| k["imported"] == 0 && k["updated"] == 0),
        "{r:#}"
    );
}

/// A run that removes files (`--prune`) also keeps the cache for the rerun
/// right after it, which says what reading everything again says.
#[test]
fn the_first_rerun_after_a_prune_is_from_the_cache() {
    let (env, _) = imported();
    let (c, s) = (env.root(), &src(&env));
    std::fs::remove_file(s.join("repos/find/catalog-info.yaml")).expect("rm");
    let mut p = ARGS.to_vec();
    p.push("--prune");
    std::fs::remove_file(cache_file(c)).expect("rm");
    let pruned = run(&env, s, &p);
    assert!(!pruned.hit(), "{}", pruned.stderr);
    assert!(pruned.stdout.contains("1 removed"), "{}", pruned.stdout);
    assert!(!c.join("services/find.yaml").exists());
    assert!(cache_file(c).is_file(), "a run that removes keeps one");
    let again = run(&env, s, &p);
    assert!(again.hit(), "{}", again.stderr);
    assert!(
        again
            .stdout
            .contains("files: 0 created, 0 updated, 0 removed"),
        "{}",
        again.stdout
    );
    let mut n = p.clone();
    n.push("--no-cache");
    let full = run(&env, s, &n);
    assert!(!full.hit(), "{}", full.stderr);
    assert_eq!(again.stdout, full.stdout);
    assert_eq!(again.code, full.code);
}

/// A run that updates a file keeping a hand-added field and comment leaves
/// the cache too: the rerun plans against that merged text as a full run
/// does, and says the same.
#[test]
fn the_first_rerun_after_a_merge_with_hand_edits_is_from_the_cache() {
    let (env, _) = imported();
    let (c, s) = (env.root(), &src(&env));
    let f = c.join("services/pay.yaml");
    let text = std::fs::read_to_string(&f).expect("read");
    std::fs::write(&f, format!("# kept by hand\n{text}tier: 1\n")).expect("write");
    let pay = s.join("repos/pay/catalog-info.yaml");
    let source = std::fs::read_to_string(&pay).expect("read");
    std::fs::write(&pay, source.replace("Takes money", "Takes all the money")).expect("write");
    let mut a = ARGS.to_vec();
    a.extend(["--format", "json"]);
    let update = run(&env, s, &a);
    assert!(!update.hit(), "{}", update.stderr);
    assert_eq!(
        json(&update)["files"],
        serde_json::json!([{"path": "services/pay.yaml", "action": "updated"}])
    );
    let merged = std::fs::read_to_string(&f).expect("read");
    assert!(
        merged.contains("# kept by hand") && merged.contains("tier: 1"),
        "{merged}"
    );
    assert!(merged.contains("Takes all the money"), "{merged}");
    let again = run(&env, s, &a);
    assert!(again.hit(), "{}", again.stderr);
    a.push("--no-cache");
    let full = run(&env, s, &a);
    assert!(!full.hit(), "{}", full.stderr);
    assert_eq!(again.stdout, full.stdout, "byte for byte");
    assert_eq!(again.code, full.code);
    assert_eq!(json(&again)["files"], serde_json::json!([]));
    assert_eq!(std::fs::read_to_string(&f).expect("read"), merged);
}
