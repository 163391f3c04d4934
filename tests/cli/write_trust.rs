//! Writes you can trust: `--commit` next to git, editors and other runs
//! (index lock, concurrent commits, killed runs, uncommitted edits,
//! autocrlf, forged trailers), `-o` to what was named (FIFO, device, link,
//! stdout), symbolic links out of the root never followed nor printed, and
//! new files that honour the umask.

use crate::common::{copy_dir, files_under, git_init, git_raw, git_try, TestEnv};
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

const REQ: &str = "intake/INT-HSJ3Y3.yaml";

/// When the tests' own git commands run.
const GIT_DATE: &str = "2026-11-20T10:00:00Z";

/// The intake fixture, a repository with everything committed.
fn repo() -> TestEnv {
    let env = TestEnv::fixture("intake", "cat");
    env.commit_all(GIT_DATE, "Pat Platform", "pat@example.com");
    env
}

fn triage(env: &TestEnv, route: &str) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.args([
        "intake",
        "triage",
        "INT-HSJ3Y3",
        "--route",
        route,
        "--commit",
    ]);
    c
}

fn new_request(title: &str) -> Vec<String> {
    [
        "intake",
        "new",
        "--yes",
        "--title",
        title,
        "--team",
        "team-search",
        "--problem",
        "It hurts.",
        "--commit",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn head(env: &TestEnv) -> String {
    env.git_raw(GIT_DATE, &["rev-parse", "HEAD"])
}

fn fsck_clean(root: &Path) {
    let (ok, out, err) = git_try(root, GIT_DATE, &["fsck", "--full", "--no-dangling"]);
    assert!(ok && out.trim().is_empty(), "git fsck: {out}{err}");
}

// ------------------------------------------------------------ index.lock

#[test]
fn a_left_index_lock_stops_the_commit_before_anything_is_written() {
    let env = repo();
    let root = env.root();
    let lock = root.join(".git/index.lock");
    std::fs::write(&lock, "").expect("lock");
    // An hour old: a killed process left it.
    let old = SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&lock)
        .and_then(|f| f.set_modified(old))
        .expect("age the lock");
    let before = std::fs::read_to_string(root.join(REQ)).expect("read");
    let files_before = files_under(&root.join("intake"));
    let head_before = head(&env);
    for args in [
        vec![
            "intake".to_string(),
            "triage".into(),
            "INT-HSJ3Y3".into(),
            "--route".into(),
            "docs".into(),
            "--commit".into(),
        ],
        new_request("Locked out"),
    ] {
        env.cmd()
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("nothing was written"))
            .stderr(predicate::str::contains(format!(
                "{} exists",
                lock.display()
            )))
            .stderr(predicate::str::contains("ps -ef"))
            .stderr(predicate::str::contains(format!("rm '{}'", lock.display())));
    }
    assert!(lock.exists(), "a lock is never removed silently");
    assert_eq!(
        std::fs::read_to_string(root.join(REQ)).expect("read"),
        before
    );
    assert_eq!(files_under(&root.join("intake")), files_before);
    assert_eq!(head(&env), head_before);
    // Removed by the user: the same command commits.
    std::fs::remove_file(&lock).expect("rm");
    triage(&env, "docs").assert().success();
    assert_eq!(env.git_raw(GIT_DATE, &["status", "--porcelain"]), "");
    assert_eq!(env.git_raw(GIT_DATE, &["rev-parse", "HEAD~1"]), head_before);
}

#[test]
fn a_lock_held_for_a_moment_is_waited_for() {
    let env = repo();
    let root = env.root();
    let lock = root.join(".git/index.lock");
    std::fs::write(&lock, "").expect("lock");
    let l = lock.clone();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(700));
        std::fs::remove_file(l).expect("release");
    });
    triage(&env, "docs").assert().success();
    t.join().expect("thread");
    assert_eq!(env.git_raw(GIT_DATE, &["status", "--porcelain"]), "");
    assert_eq!(
        env.git_raw(GIT_DATE, &["show", "--name-only", "--format=", "HEAD"]),
        format!("{REQ}\n")
    );
}

// ------------------------------------------------ concurrent commits, git add

#[test]
fn two_catalogs_in_one_repository_commit_concurrently_and_lose_no_index_entry() {
    let env = TestEnv::fixture("intake", "repo/a");
    let repo = env.tmp().join("repo");
    copy_dir(env.root(), &repo.join("b"));
    git_init(&repo, GIT_DATE, "Pat Platform", "pat@example.com");
    let commits_before: usize = git_raw(&repo, GIT_DATE, &["rev-list", "--count", "HEAD"])
        .trim()
        .parse()
        .expect("count");
    // A user stages files while platctl commits (retrying, as a person would, when git says the index is locked).
    let user = {
        let repo = repo.clone();
        std::thread::spawn(move || {
            for i in 0..8 {
                let f = format!("notes-{i}.txt");
                std::fs::write(repo.join(&f), format!("note {i}\n")).expect("write");
                let mut tries = 0;
                loop {
                    let (ok, _, err) = git_try(&repo, GIT_DATE, &["add", &f]);
                    if ok {
                        break;
                    }
                    assert!(err.contains("index.lock"), "git add: {err}");
                    tries += 1;
                    assert!(tries < 2000, "git add never got the lock");
                    std::thread::sleep(Duration::from_millis(5));
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };
    let children: Vec<_> = (0..32)
        .map(|i| {
            let cat = repo.join(if i % 2 == 0 { "a" } else { "b" });
            env.std_cmd_on(&cat)
                .stdin(Stdio::null())
                .args(new_request(&format!("Concurrent request {i}")))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let mut made = Vec::new();
    for c in children {
        let out = c.wait_with_output().expect("wait");
        assert!(
            out.status.success(),
            "exit {:?}: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        made.push(stdout.split_whitespace().nth(1).expect("path").to_string());
    }
    user.join().expect("user thread");
    let commits_after: usize = git_raw(&repo, GIT_DATE, &["rev-list", "--count", "HEAD"])
        .trim()
        .parse()
        .expect("count");
    assert_eq!(commits_after, commits_before + 32, "one commit per run");
    let tracked = git_raw(&repo, GIT_DATE, &["ls-tree", "-r", "--name-only", "HEAD"]);
    let in_a = made.iter().filter(|p| tracked.contains(&format!("a/{p}")));
    let in_b = made.iter().filter(|p| tracked.contains(&format!("b/{p}")));
    assert_eq!(in_a.count() + in_b.count(), 32, "every request committed");
    // Every commit holds exactly its own file.
    let per_commit = git_raw(
        &repo,
        GIT_DATE,
        &["log", "--format=tformat:@", "--name-only", "-32"],
    );
    for chunk in per_commit.split('@').skip(1) {
        assert_eq!(chunk.split_whitespace().count(), 1, "{chunk}");
    }
    // The index lost nothing: the user's staged notes are still staged, nothing else differs.
    let status = git_raw(&repo, GIT_DATE, &["status", "--porcelain"]);
    let expected: String = (0..8).map(|i| format!("A  notes-{i}.txt\n")).collect();
    assert_eq!(status, expected);
    fsck_clean(&repo);
}

// --------------------------------------------------------------- SIGKILL

/// A tiny deterministic generator for kill delays.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[cfg(unix)]
#[test]
fn a_commit_killed_at_any_moment_leaves_git_consistent() {
    let env = repo();
    let root = env.root();
    let file = root.join(REQ);
    // How long a run takes here bounds the kill delays.
    let start = std::time::Instant::now();
    triage(&env, "backlog").assert().success();
    let span = (start.elapsed().as_micros() as u64).max(1000) * 3 / 2;
    let mut rng = Lcg(7);
    let mut stale_locks = 0;
    for i in 0..20 {
        let route = if i % 2 == 0 { "docs" } else { "support" };
        let mut child = env
            .std_cmd()
            .stdin(Stdio::null())
            .args([
                "intake",
                "triage",
                "INT-HSJ3Y3",
                "--route",
                route,
                "--commit",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(rng.next() % span));
        let _ = child.kill();
        let _ = child.wait();
        // The index entry is HEAD's blob (not yet staged) or the file's (staged, or committed):
        // never an older blob that a later commit would quietly bring back.
        let at_head = env.git_raw(GIT_DATE, &["rev-parse", &format!("HEAD:{REQ}")]);
        let staged = env.git_raw(GIT_DATE, &["ls-files", "-s", REQ]);
        let staged = staged.split_whitespace().nth(1).unwrap_or_default();
        let on_disk = env.git_raw(GIT_DATE, &["hash-object", REQ]);
        assert!(
            staged == at_head.trim() || staged == on_disk.trim(),
            "run {i}: index {staged}, HEAD {at_head}, file {on_disk}"
        );
        let text = std::fs::read_to_string(&file).expect("the file is always there");
        assert!(text.contains("id: INT-HSJ3Y3"), "run {i}: torn file");
        let lock = root.join(".git/index.lock");
        if lock.exists() {
            stale_locks += 1;
            // Left by the killed run: the next run stops and says so (at once for a lock
            // untouched for a while; a fresh one is waited for first), the user removes it.
            std::fs::File::options()
                .write(true)
                .open(&lock)
                .and_then(|f| f.set_modified(SystemTime::now() - Duration::from_secs(120)))
                .expect("age the lock");
            env.cmd()
                .args(new_request("After a kill"))
                .assert()
                .code(2)
                .stderr(predicate::str::contains("index.lock"));
            std::fs::remove_file(&lock).expect("rm lock");
        }
        // Killed while moving the branch: the branch's lock is left, and the
        // next run stops before writing, naming it.
        let ref_lock = root.join(".git/refs/heads/main.lock");
        if ref_lock.exists() {
            stale_locks += 1;
            std::fs::File::options()
                .write(true)
                .open(&ref_lock)
                .and_then(|f| f.set_modified(SystemTime::now() - Duration::from_secs(120)))
                .expect("age the lock");
            let before = std::fs::read_dir(root.join("intake"))
                .map(|d| d.count())
                .unwrap_or(0);
            env.cmd()
                .args(new_request("After a kill"))
                .assert()
                .code(2)
                .stderr(predicate::str::contains("main.lock"));
            let after = std::fs::read_dir(root.join("intake"))
                .map(|d| d.count())
                .unwrap_or(0);
            assert_eq!(before, after, "run {i}: a request was written");
            std::fs::remove_file(&ref_lock).expect("rm lock");
        }
        env.git_raw(GIT_DATE, &["reset", "-q", "--hard", "HEAD"]);
    }
    // Afterwards: a run commits cleanly, and the repository is sound.
    triage(&env, "docs").assert().success();
    assert_eq!(env.git_raw(GIT_DATE, &["status", "--porcelain"]), "");
    fsck_clean(root);
    eprintln!("stale locks seen: {stale_locks}");
}

// -------------------------------------------------- what a commit holds

#[test]
fn a_target_with_uncommitted_changes_is_refused_before_anything_is_written() {
    let env = repo();
    let root = env.root();
    let head_before = head(&env);
    let edited = std::fs::read_to_string(root.join(REQ))
        .expect("read")
        .replace("urgency: high", "urgency: low");
    std::fs::write(root.join(REQ), &edited).expect("write");
    triage(&env, "docs")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{REQ} has changes that are not committed (changes not staged)"
        )))
        .stderr(predicate::str::contains("nothing was written"));
    assert_eq!(
        std::fs::read_to_string(root.join(REQ)).expect("read"),
        edited
    );
    env.git_raw(GIT_DATE, &["add", REQ]);
    triage(&env, "docs")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("(staged changes)"));
    assert_eq!(
        std::fs::read_to_string(root.join(REQ)).expect("read"),
        edited
    );
    assert_eq!(head(&env), head_before);
    assert_eq!(
        env.git_raw(GIT_DATE, &["status", "--porcelain"]),
        format!("M  {REQ}\n")
    );
}

#[test]
fn a_commit_that_fails_after_the_write_puts_the_file_back() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    env.commit_all(GIT_DATE, "Pat Platform", "pat@example.com");
    // The blob the triage will store, found on a copy.
    let copy = env.tmp().join("copy");
    let ok = Command::new("cp")
        .arg("-r")
        .arg(root)
        .arg(&copy)
        .status()
        .expect("cp");
    assert!(ok.success());
    env.cmd_on(&copy)
        .args(["intake", "triage", "INT-HSJ3Y3", "--route", "docs"])
        .assert()
        .success();
    let blob = git_raw(&copy, GIT_DATE, &["hash-object", REQ]);
    // A file where git keeps that blob's directory: storing the blob fails.
    let blocker = root.join(".git/objects").join(&blob[..2]);
    assert!(!blocker.exists(), "fixture changed: pick another route");
    std::fs::write(&blocker, "").expect("block");
    let before = std::fs::read_to_string(root.join(REQ)).expect("read");
    let head_before = head(&env);
    triage(&env, "docs")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{REQ} was written but not committed"
        )))
        .stderr(predicate::str::contains(format!(
            "nothing was committed, and {REQ} was put back as it was"
        )));
    assert_eq!(
        std::fs::read_to_string(root.join(REQ)).expect("read"),
        before
    );
    assert_eq!(head(&env), head_before);
    assert!(!root.join(".git/index.lock").exists());
    std::fs::remove_file(&blocker).expect("unblock");
    assert_eq!(env.git_raw(GIT_DATE, &["status", "--porcelain"]), "");
    triage(&env, "docs").assert().success();
    assert_eq!(env.git_raw(GIT_DATE, &["status", "--porcelain"]), "");
    fsck_clean(root);
}

#[test]
fn an_index_platctl_cannot_write_is_refused_before_anything_is_written() {
    let env = repo();
    let root = env.root();
    env.git_raw(GIT_DATE, &["update-index", "--split-index"]);
    let before = std::fs::read_to_string(root.join(REQ)).expect("read");
    triage(&env, "docs")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("split"));
    assert_eq!(
        std::fs::read_to_string(root.join(REQ)).expect("read"),
        before
    );
    assert_eq!(env.git_raw(GIT_DATE, &["status", "--porcelain"]), "");
}

#[test]
fn a_forged_trailer_and_control_characters_never_reach_the_commit_message() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let text = std::fs::read_to_string(root.join(REQ)).expect("read").replace(
        "title: Search indexer loses its token after rotation",
        "title: \"Token rotation\\n\\nSigned-off-by: Mallory <m@evil.example>\\nCo-authored-by: Eve <e@evil.example>\\e[31m\\a\"",
    );
    std::fs::write(root.join(REQ), text).expect("write");
    env.commit_all(GIT_DATE, "Pat Platform", "pat@example.com");
    triage(&env, "docs").assert().success();
    let body = env.git_raw(GIT_DATE, &["log", "-1", "--format=%B"]);
    assert_eq!(
        body,
        "intake: INT-HSJ3Y3 Token rotation Signed-off-by: Mallory <m@evil.example> Co-authored-by: Eve <e@evil.example>[31m (triaged, route docs)\n\n"
    );
    assert_eq!(
        env.git_raw(GIT_DATE, &["log", "-1", "--format=%(trailers)"]),
        "\n"
    );
    let (_, parsed, _) = git_try(
        root,
        GIT_DATE,
        &["log", "-1", "--format=%(trailers:key=Signed-off-by)"],
    );
    assert_eq!(parsed.trim(), "");
}

#[test]
fn under_autocrlf_the_committed_blob_is_what_git_add_stores() {
    let env = repo();
    let root = env.root();
    env.git_raw(GIT_DATE, &["config", "core.autocrlf", "true"]);
    // A checkout under autocrlf: CRLF in the working tree, LF in the repository.
    let crlf = std::fs::read_to_string(root.join(REQ))
        .expect("read")
        .replace('\n', "\r\n");
    std::fs::write(root.join(REQ), crlf).expect("write");
    env.git_raw(GIT_DATE, &["add", REQ]);
    assert_eq!(env.git_raw(GIT_DATE, &["status", "--porcelain"]), "");
    triage(&env, "docs").assert().success();
    let committed = env.git_raw(GIT_DATE, &["rev-parse", &format!("HEAD:{REQ}")]);
    assert_eq!(committed, env.git_raw(GIT_DATE, &["hash-object", REQ]));
    assert!(!env
        .git_raw(GIT_DATE, &["show", &format!("HEAD:{REQ}")])
        .contains('\r'));
    assert!(std::fs::read_to_string(root.join(REQ))
        .expect("read")
        .contains("route: docs"));
    assert_eq!(env.git_raw(GIT_DATE, &["status", "--porcelain"]), "");
}

// -------------------------------------------------------------------- -o

fn report(env: &TestEnv) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.args(["report", "catalog", "--format", "md"]);
    c
}

fn report_text(env: &TestEnv) -> String {
    let out = report(env).assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("utf8")
}

#[cfg(unix)]
#[test]
fn output_to_a_fifo_is_written_straight() {
    let env = TestEnv::fixture("intake", "cat");
    let fifo = env.tmp().join("report.fifo");
    let ok = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(ok.success());
    let f = fifo.clone();
    let reader = std::thread::spawn(move || std::fs::read_to_string(f).expect("read fifo"));
    report(&env).arg("-o").arg(&fifo).assert().success();
    // Checked before waiting for the reader: a FIFO replaced by a file would leave it blocked.
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .expect("meta")
            .file_type()
            .is_fifo(),
        "the FIFO was replaced"
    );
    let got = reader.join().expect("reader");
    assert_eq!(got, report_text(&env));
}

#[cfg(unix)]
#[test]
fn output_through_a_symlink_follows_it_only_to_a_file_beside_it() {
    let env = TestEnv::fixture("intake", "cat");
    let out = env.tmp().join("out");
    std::fs::create_dir_all(out.join("real")).expect("mkdir");
    std::fs::write(out.join("real/catalog.md"), "old").expect("write");
    std::os::unix::fs::symlink("real/catalog.md", out.join("catalog.md")).expect("symlink");
    report(&env)
        .arg("-o")
        .arg(out.join("catalog.md"))
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(out.join("catalog.md"))
        .expect("meta")
        .file_type()
        .is_symlink());
    assert_eq!(
        std::fs::read_to_string(out.join("real/catalog.md")).expect("read"),
        report_text(&env)
    );
    // A link planted to lead elsewhere is refused, and its target kept.
    let secret = env.tmp().join("authorized_keys");
    std::fs::write(&secret, "ssh-ed25519 KEEP\n").expect("write");
    std::os::unix::fs::symlink("../authorized_keys", out.join("evil.md")).expect("symlink");
    report(&env)
        .arg("-o")
        .arg(out.join("evil.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing to write"))
        .stderr(predicate::str::contains("symbolic link that leads out of"));
    assert_eq!(
        std::fs::read_to_string(&secret).expect("read"),
        "ssh-ed25519 KEEP\n"
    );
}

#[cfg(unix)]
#[test]
fn output_to_stdout_devices_and_missing_directories() {
    let env = TestEnv::fixture("intake", "cat");
    let text = report_text(&env);
    for name in ["-", "/dev/stdout"] {
        report(&env)
            .args(["-o", name])
            .assert()
            .success()
            .stdout(text.clone());
    }
    report(&env)
        .args(["-o", "/dev/null"])
        .assert()
        .success()
        .stdout("");
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata("/dev/null")
        .expect("meta")
        .file_type()
        .is_char_device());
    let missing = env.tmp().join("no/such");
    report(&env)
        .arg("-o")
        .arg(missing.join("catalog.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "the directory {} does not exist",
            missing.display()
        )))
        .stderr(predicate::str::contains(".platctl-").not());
    // A regular file is replaced and keeps its mode.
    use std::os::unix::fs::PermissionsExt;
    let f = env.tmp().join("catalog.md");
    std::fs::write(&f, "old").expect("write");
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    report(&env).arg("-o").arg(&f).assert().success();
    assert_eq!(std::fs::read_to_string(&f).expect("read"), text);
    assert_eq!(
        std::fs::metadata(&f).expect("meta").permissions().mode() & 0o777,
        0o640
    );
}

// ------------------------------------------------------- links out of the root

const SECRET: &str = "s3cr3t-7f2c9d";

fn planted_secret(dir: &Path) -> PathBuf {
    let p = dir.join("credentials");
    std::fs::write(
        &p,
        format!("https://bot:{SECRET}@git.example.com\n[{SECRET}: {{\n  - {SECRET}\n\tpassword: {SECRET}\n"),
    )
    .expect("write");
    p
}

#[cfg(unix)]
#[test]
fn a_symlinked_platctl_yaml_out_of_the_root_is_one_finding_and_never_printed() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let secret = planted_secret(env.tmp());
    std::fs::remove_file(root.join("platctl.yaml")).expect("rm");
    std::os::unix::fs::symlink(&secret, root.join("platctl.yaml")).expect("symlink");
    // A kind file and a kind directory linked out too.
    std::os::unix::fs::symlink(&secret, root.join("teams/leak.yaml")).expect("symlink");
    let mut runs: Vec<Vec<&str>> = ["text", "json", "sarif", "github", "junit"]
        .iter()
        .map(|f| vec!["lint", "--format", f])
        .collect();
    runs.push(vec!["report", "catalog", "--format", "html"]);
    runs.push(vec!["report", "catalog", "--format", "json"]);
    runs.push(vec!["intake", "list", "--format", "json"]);
    runs.push(vec!["kpi", "--format", "json"]);
    runs.push(vec!["schema", "--check"]);
    for args in &runs {
        let out = env.cmd().args(args).output().expect("runs");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains(SECRET), "{args:?} printed the secret:\n{all}");
        assert!(!all.contains("git.example.com"), "{args:?}:\n{all}");
    }
    let out = env
        .cmd()
        .args(["lint", "--format", "json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let on_config: Vec<&serde_json::Value> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["file"] == "platctl.yaml")
        .collect();
    assert_eq!(on_config.len(), 1, "{on_config:?}");
    assert_eq!(on_config[0]["rule"], "unreadable-file");
    assert_eq!(
        on_config[0]["message"],
        "platctl.yaml is a symbolic link that leads outside the catalog root"
    );
}

#[cfg(unix)]
#[test]
fn schema_and_init_never_write_through_a_link_out_of_the_root() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let outside = env.tmp().join("outside");
    std::fs::create_dir_all(&outside).expect("mkdir");
    std::os::unix::fs::symlink(&outside, root.join("schemas")).expect("symlink");
    env.cmd()
        .arg("schema")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("leads outside the catalog root"));
    assert_eq!(std::fs::read_dir(&outside).expect("dir").count(), 0);

    let fresh = env.tmp().join("fresh");
    std::fs::create_dir_all(&fresh).expect("mkdir");
    std::os::unix::fs::symlink(&outside, fresh.join("teams")).expect("symlink");
    env.cmd_in(env.tmp())
        .arg("init")
        .arg(&fresh)
        .arg("--example")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("leads outside"));
    assert_eq!(std::fs::read_dir(&outside).expect("dir").count(), 0);
    assert!(!fresh.join("platctl.yaml").exists(), "nothing written");
    assert!(!fresh.join("schemas").exists(), "nothing written");
}

// ------------------------------------------------------ umask, temp files

#[cfg(unix)]
#[test]
fn new_files_honour_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    for (umask, mode) in [("077", 0o600), ("022", 0o644)] {
        let out = env
            .std_cmd_after(&format!("umask {umask}"))
            .args(["intake", "new", "--yes", "--title"])
            .arg(format!("Umask {umask}"))
            .args(["--team", "team-search", "--problem", "p"])
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let path = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .nth(1)
            .expect("path")
            .to_string();
        let m = std::fs::metadata(root.join(&path)).expect("meta");
        assert_eq!(m.permissions().mode() & 0o777, mode, "umask {umask}");
        let report = env.tmp().join(format!("report-{umask}.md"));
        let ok = env
            .std_cmd_after(&format!("umask {umask}"))
            .args(["report", "catalog", "-o"])
            .arg(&report)
            .status()
            .expect("runs");
        assert!(ok.success());
        let m = std::fs::metadata(&report).expect("meta");
        assert_eq!(m.permissions().mode() & 0o777, mode, "-o, umask {umask}");
    }
}

#[test]
fn init_keeps_temporary_files_out_of_git_and_writers_sweep_old_ones() {
    let env = TestEnv::empty().root_at("cat");
    let root = env.root();
    env.cmd_in(env.tmp())
        .arg("init")
        .arg(root)
        .assert()
        .success();
    env.git_raw(GIT_DATE, &["init", "-q"]);
    let left = root.join("intake/.platctl-a1b2c3.tmp");
    std::fs::write(&left, "half").expect("write");
    let (ignored, _, _) = git_try(
        root,
        GIT_DATE,
        &["check-ignore", "-q", "intake/.platctl-a1b2c3.tmp"],
    );
    assert!(
        ignored,
        "init's .gitignore covers platctl's temporary files"
    );
    // A temporary file a killed write left long ago is swept by the next write there.
    let old = SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&left)
        .and_then(|f| f.set_modified(old))
        .expect("age");
    std::fs::write(root.join("teams/t.yaml"), "id: t\nname: T\n").expect("write");
    env.cmd()
        .args(["intake", "new", "--yes", "--title", "x"])
        .args(["--team", "t", "--problem", "p"])
        .assert()
        .success();
    assert!(!left.exists(), "swept");
}
