//! The test kit, the one way the tests make a catalog, run platctl, run git
//! and read what came out: [`TestEnv`] (a temporary catalog from the base, a
//! fixture or an empty directory; the real binary with a pinned date, no
//! colour and nothing from the caller's environment; git with a fixed
//! identity and fixed dates), and [`snapshot`] for reviewed outputs.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub const TODAY: &str = "2026-11-27";

/// Writes `files` (relative path, content) under `dir`.
pub fn write_files(dir: &Path, files: &[(&str, &str)]) {
    for (p, c) in files {
        let path = dir.join(p);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, c).expect("write fixture");
    }
}

/// The binary with `today` pinned, colour off, and nothing from the caller's
/// environment that platctl or git reads: no CI or catalog variables, no
/// global or system git configuration, UTC.
fn platctl_at(today: &str) -> std::process::Command {
    let mut c = std::process::Command::new(platctl_bin());
    c.env("NO_COLOR", "1")
        .env("PLATCTL_TODAY", today)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("TZ", "UTC")
        .env_remove("GITHUB_ACTIONS")
        .env_remove("PLATCTL_CATALOG")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE");
    c
}

/// Where the binary is: only for an outside client that starts platctl
/// itself (the tests run it through [`TestEnv`]).
pub fn platctl_bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("platctl")
}

/// A directory of the repository.
pub fn repo_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Copies a directory tree.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read fixture") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

/// Files of a directory (recursively), relative, `/`-separated, sorted.
pub fn files_under(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, d: &Path, out: &mut Vec<String>) {
        if let Ok(rd) = std::fs::read_dir(d) {
            for e in rd.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(base, &p, out);
                } else if let Ok(r) = p.strip_prefix(base) {
                    out.push(r.to_string_lossy().replace('\\', "/"));
                }
            }
        }
    }
    let mut v = Vec::new();
    walk(dir, dir, &mut v);
    v.sort();
    v
}

/// A catalog file's text; fails the test naming the file.
pub fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Runs a command and returns (exit code, stdout, stderr).
pub fn outcome(c: &mut Command) -> (i32, String, String) {
    let out = c.output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A catalog and the binary pinned to its date: what a test drives. A
/// temporary catalog lives as long as the value.
pub struct TestEnv {
    dir: tempfile::TempDir,
    root: PathBuf,
    today: String,
}

impl TestEnv {
    fn at(dir: tempfile::TempDir, root: PathBuf) -> TestEnv {
        TestEnv {
            dir,
            root,
            today: TODAY.into(),
        }
    }

    /// The base catalog (every kind, no finding) with `files` laid over it
    /// (same path replaces).
    pub fn base(files: &[(&str, &str)]) -> TestEnv {
        let dir = tempfile::tempdir().expect("tempdir");
        write_files(dir.path(), BASE);
        write_files(dir.path(), files);
        let root = dir.path().to_path_buf();
        TestEnv::at(dir, root)
    }

    /// An empty directory.
    pub fn empty() -> TestEnv {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().to_path_buf();
        TestEnv::at(dir, root)
    }

    /// `files`, and nothing else, at the root of an empty directory.
    pub fn with_files(files: &[(&str, &str)]) -> TestEnv {
        let env = TestEnv::empty();
        write_files(&env.root, files);
        env
    }

    /// A copy of tests/fixtures/`rel`, at `<tmp>/<at>` (`""` for the
    /// temporary directory itself): outside the repository, so no history
    /// leaks in.
    pub fn fixture(rel: &str, at: &str) -> TestEnv {
        TestEnv::copy(&format!("tests/fixtures/{rel}"), at)
    }

    /// A copy of the repository's directory `rel` (`catalog` is the demo
    /// catalog), at `<tmp>/<at>`, without its history.
    pub fn copy(rel: &str, at: &str) -> TestEnv {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join(at);
        copy_dir(&repo_path(rel), &root);
        TestEnv::at(dir, root)
    }

    /// The repository's directory `rel`, where it is (with the repository's
    /// history): for commands that only read. A test never writes there.
    pub fn in_place(rel: &str) -> TestEnv {
        let dir = tempfile::tempdir().expect("tempdir");
        TestEnv::at(dir, repo_path(rel))
    }

    /// The repository's demo catalog, in place (see [`TestEnv::in_place`]).
    pub fn demo() -> TestEnv {
        TestEnv::in_place("catalog")
    }

    /// The same catalog, with another "today".
    pub fn today(mut self, today: &str) -> TestEnv {
        self.today = today.into();
        self
    }

    /// The same temporary directory, with the catalog at `<tmp>/<rel>`
    /// (which the test makes).
    pub fn root_at(mut self, rel: &str) -> TestEnv {
        self.root = self.dir.path().join(rel);
        self
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The pinned date.
    pub fn date(&self) -> &str {
        &self.today
    }

    /// The temporary directory that holds the catalog (also `HOME`).
    pub fn tmp(&self) -> &Path {
        self.dir.path()
    }

    /// `platctl -C <root>`, pinned to this env's date, run from the
    /// temporary directory (so a relative `-o` never lands in the
    /// repository).
    pub fn cmd(&self) -> Command {
        self.cmd_on(&self.root)
    }

    /// `platctl -C <root>`, pinned to another date.
    pub fn cmd_at(&self, today: &str) -> Command {
        let mut c = platctl_at(today);
        c.env("HOME", self.tmp())
            .current_dir(self.tmp())
            .arg("-C")
            .arg(&self.root);
        Command::from_std(c)
    }

    /// `platctl -C <dir>`: another catalog the test made in this env's
    /// temporary directory.
    pub fn cmd_on(&self, dir: &Path) -> Command {
        Command::from_std(self.std_cmd_on(dir))
    }

    /// [`TestEnv::cmd`] as a `std::process::Command`, for a test that spawns
    /// platctl and talks to it, kills it, or runs several at once.
    pub fn std_cmd(&self) -> std::process::Command {
        self.std_cmd_on(&self.root)
    }

    /// [`TestEnv::cmd_on`] as a `std::process::Command`.
    pub fn std_cmd_on(&self, dir: &Path) -> std::process::Command {
        let mut c = self.bare_std();
        c.current_dir(self.tmp()).arg("-C").arg(dir);
        c
    }

    /// platctl with this env's date and `HOME` but no `-C`, run from the
    /// temporary directory: for commands that read no catalog (`explain`,
    /// `init DIR`, `completions`…).
    pub fn bare(&self) -> Command {
        self.cmd_in(self.tmp())
    }

    /// platctl with this env's date and `HOME` but no `-C`, run from `cwd`:
    /// it finds the catalog as a user in that directory would.
    pub fn cmd_in(&self, cwd: &Path) -> Command {
        let mut c = self.bare_std();
        c.current_dir(cwd);
        Command::from_std(c)
    }

    /// [`TestEnv::std_cmd`], started by `sh -c '<shell>; exec platctl …'`:
    /// to run it under a umask, a terminal size…
    pub fn std_cmd_after(&self, shell: &str) -> std::process::Command {
        let script = format!("{shell}; exec \"$0\" \"$@\"");
        self.std_cmd_under(&["sh".into(), "-c".into(), script.into()])
    }

    /// [`TestEnv::std_cmd`] run by another program: `wrapper` (say `unshare
    /// -n`), then platctl and its arguments.
    pub fn std_cmd_under(&self, wrapper: &[std::ffi::OsString]) -> std::process::Command {
        let inner = self.std_cmd();
        let mut c = std::process::Command::new(&wrapper[0]);
        c.args(&wrapper[1..])
            .arg(inner.get_program())
            .args(inner.get_args());
        if let Some(d) = inner.get_current_dir() {
            c.current_dir(d);
        }
        for (k, v) in inner.get_envs() {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        c
    }

    fn bare_std(&self) -> std::process::Command {
        let mut c = platctl_at(&self.today);
        c.env("HOME", self.tmp());
        c
    }

    /// Runs platctl and returns its output as it is.
    pub fn output(&self, args: &[&str]) -> std::process::Output {
        self.cmd().args(args).output().expect("platctl runs")
    }

    /// Runs platctl and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        outcome(self.cmd().args(args))
    }

    /// Runs platctl, expects exit 0, and returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run(args);
        assert_eq!(code, 0, "platctl {args:?}: {err}");
        out
    }

    /// Runs a `--format json` command, expects exit 0, and parses it.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.ok(args);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {out}"))
    }

    /// (rule, file, line, column) of every finding of `lint --format json`.
    pub fn findings(&self) -> Vec<(String, String, u64, u64)> {
        findings_of(&mut self.cmd())
    }

    /// Runs platctl in a pseudo-terminal of `cols`×40 (a new pty has no
    /// size), as a person at a terminal would: `-C root --today today ARGS`,
    /// no colour, `HOME` the catalog.
    #[cfg(unix)]
    pub fn pty(&self, cols: u16, args: &[&str]) -> rexpect::session::PtySession {
        let mut c = self.std_cmd_after(&format!("stty cols {cols} rows 40"));
        c.args(args)
            .env("TERM", "xterm-256color")
            .env("HOME", &self.root);
        rexpect::session::spawn_command(c, Some(20_000)).expect("spawn in a pty")
    }

    /// A catalog file's text; fails the test naming the file.
    pub fn read(&self, rel: &str) -> String {
        read(&self.root, rel)
    }

    /// Writes a catalog file (and its directories).
    pub fn write(&self, rel: &str, text: &str) {
        write_files(&self.root, &[(rel, text)]);
    }

    /// Writes catalog files (and their directories).
    pub fn write_all(&self, files: &[(&str, &str)]) {
        write_files(&self.root, files);
    }

    /// Every file of the catalog, relative and sorted.
    pub fn files(&self) -> Vec<String> {
        files_under(&self.root)
    }

    /// git in the catalog, as [`git`] runs it (output trimmed).
    pub fn git(&self, date: &str, args: &[&str]) -> String {
        git(&self.root, date, args)
    }

    /// git in the catalog, as [`git`] runs it, with its output as it is.
    pub fn git_raw(&self, date: &str, args: &[&str]) -> String {
        git_raw(&self.root, date, args)
    }

    /// Makes the catalog a repository with everything committed at `date`,
    /// and an identity in its configuration for platctl's own commits.
    pub fn commit_all(&self, date: &str, name: &str, email: &str) {
        git_init(&self.root, date, name, email);
    }
}

/// Makes `dir` a repository on `main` with everything committed at `date`;
/// platctl's own commits (libgit2) read the identity from its configuration.
pub fn git_init(dir: &Path, date: &str, name: &str, email: &str) {
    git(dir, date, &["init", "-q", "-b", "main"]);
    git(dir, date, &["config", "user.name", name]);
    git(dir, date, &["config", "user.email", email]);
    git(dir, date, &["add", "-A"]);
    git_output(git_cmd(dir, date).args(["commit", "-q", "-m", "init"]));
}

/// A small valid catalog: every kind, no finding.
pub const BASE: &[(&str, &str)] = &[
    ("platctl.yaml", "version: 1\nname: Test Platform\n"),
    ("teams/team-a.yaml", "id: team-a\nname: Team A\ntype: platform\n"),
    ("teams/team-b.yaml", "id: team-b\nname: Team B\ntype: product\n"),
    ("services/svc-a.yaml", "id: svc-a\nteam: team-b\ntier: 1\nuses:\n  - cap-ga\n"),
    ("services/svc-b.yaml", "id: svc-b\nteam: team-b\ntier: 2\nuses:\n  - capability: cap-ga\n    version: v2\n"),
    (
        "capabilities/cap-ga.yaml",
        "id: cap-ga\nname: GA thing\nsummary: Works\nowner: team-a\nlifecycle: ga\nslo:\n  availability: 99.9\nsupport:\n  channel: \"#a\"\ndocs: https://d\nrunbook: https://r\n",
    ),
    ("capabilities/cap-beta.yaml", "id: cap-beta\nname: Beta thing\nsummary: Soon\nowner: team-a\nlifecycle: beta\ndepends_on: [cap-ga]\n"),
    (
        "roadmap/2026-Q4.yaml",
        "quarter: 2026-Q4\nthemes:\n  - id: t1\n    name: Theme one\nitems:\n  - id: item-a\n    title: A\n    theme: t1\n    owner: team-a\n    status: delivered\n    delivered: 2026-11-01\n    outcome: Better\n  - id: item-b\n    title: B\n    owner: team-a\n    status: planned\n    kpi: adoption-rate\n    depends_on: [item-a]\n    intake: [INT-AAAAAA]\n",
    ),
    (
        "intake/INT-AAAAAA.yaml",
        "id: INT-AAAAAA\ntitle: Need a thing\nrequester:\n  team: team-b\ncreated: 2026-11-25\ntype: capability\nproblem: We lack it\n",
    ),
    (
        "exceptions/EXC-AAAAAA.yaml",
        "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nservice: svc-a\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: approved\napproved_by: Sec\ngranted: 2026-10-01\nexpires: 2027-02-01\n",
    ),
    ("metrics/slo.yaml", "kpi: slo-attainment\npoints:\n  - period: 2026-Q3\n    value: 99.95\n"),
    ("surveys/nps-q3.yaml", "id: nps-q3\nkind: nps\nperiod: 2026-Q3\nresponses: [9, 10, 6]\n"),
];

/// (rule, file, line, column) of every finding of `lint --format json`.
pub fn findings_of(c: &mut Command) -> Vec<(String, String, u64, u64)> {
    let out = c.args(["lint", "--format", "json"]).output().expect("runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "lint exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or_default().to_string(),
                d["file"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// A KPI of `platctl kpi --format json`.
pub fn kpi<'a>(j: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    j["kpis"]
        .as_array()
        .expect("kpis")
        .iter()
        .find(|k| k["id"] == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

/// A number, to 1e-12.
pub fn close(v: &serde_json::Value, want: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("{v} is not a number"));
    assert!((got - want).abs() < 1e-12, "got {got}, want {want}");
}

/// Compares `actual` with the reviewed snapshot tests/snapshots/NAME.snap
/// (insta). A change fails the test and writes NAME.snap.new beside it:
/// review it with `cargo insta review`, or accept every pending one with
/// `INSTA_UPDATE=always cargo test --test cli`, then read the git diff.
pub fn snapshot(name: &str, actual: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, actual));
}

/// git in `dir` at a fixed date (`date`, ISO 8601), with no configuration
/// from the machine or the user: the one way tests run git. Who commits
/// comes from the repository's configuration unless the caller sets it.
fn git_cmd(dir: &Path, date: &str) -> std::process::Command {
    let mut c = std::process::Command::new("git");
    c.current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("TZ", "UTC")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE");
    c
}

/// Runs a git command, fails the test if git fails, and returns its
/// standard output as it is.
fn git_output(c: &mut std::process::Command) -> String {
    let out = c.output().expect("git runs");
    assert!(
        out.status.success(),
        "{c:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs git in `dir` as a fixed author at a fixed date and returns its
/// standard output, trimmed. No global or system configuration is read, so
/// the repository's own configuration (which a test may set) decides.
pub fn git(dir: &Path, date: &str, args: &[&str]) -> String {
    git_raw(dir, date, args).trim().to_string()
}

/// [`git`] with the author's date apart from the committer's (`date`): a
/// commit authored on one day and rebased on another.
pub fn git_authored(dir: &Path, authored: &str, date: &str, args: &[&str]) -> String {
    let mut c = git_in(dir, date, args);
    c.env("GIT_AUTHOR_DATE", authored);
    git_output(&mut c).trim().to_string()
}

/// git in `dir` as [`git`] runs it, when it may fail: (success, stdout,
/// stderr).
pub fn git_try(dir: &Path, date: &str, args: &[&str]) -> (bool, String, String) {
    let out = git_in(dir, date, args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("git runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// [`git`], with its output as it is.
pub fn git_raw(dir: &Path, date: &str, args: &[&str]) -> String {
    git_output(&mut git_in(dir, date, args))
}

fn git_in(dir: &Path, date: &str, args: &[&str]) -> std::process::Command {
    let mut c = git_cmd(dir, date);
    c.args([
        "-c",
        "init.defaultBranch=main",
        "-c",
        "commit.gpgsign=false",
        "-c",
        "tag.gpgsign=false",
    ])
    .args(args)
    .env("GIT_AUTHOR_NAME", "Fixture")
    .env("GIT_AUTHOR_EMAIL", "fixture@example.invalid")
    .env("GIT_COMMITTER_NAME", "Fixture")
    .env("GIT_COMMITTER_EMAIL", "fixture@example.invalid");
    c
}

/// At a pty: waits for `prompt`, then types `answer` and Enter.
#[cfg(unix)]
pub fn answer(p: &mut rexpect::session::PtySession, prompt: &str, answer: &str) {
    p.exp_string(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    p.send(answer).expect("type");
    p.send("\r").expect("enter");
    p.flush().expect("flush");
}

/// The commit `c` of `repo` extracted into a directory of its own, with no
/// git history.
pub fn extracted(repo: &TestEnv, c: &str) -> TestEnv {
    let scratch = TestEnv::empty();
    let tar = scratch.root().join("state.tar");
    git(
        repo.root(),
        "2026-11-27T12:00:00Z",
        &["archive", "-o", tar.to_str().expect("utf-8 path"), c],
    );
    let st = std::process::Command::new("tar")
        .current_dir(scratch.root())
        .args(["-xf", "state.tar"])
        .status()
        .expect("tar runs");
    assert!(st.success());
    std::fs::remove_file(&tar).expect("rm");
    scratch
}
