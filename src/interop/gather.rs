//! Finding and reading the source files: every `*.yaml` / `*.yml` under the
//! paths given, and for Backstage the targets of `Location` entities
//! (relative paths and globs; URLs are listed, never fetched).

use super::{At, NotRead};
use crate::catalog::yaml::{parse_documents, Node, SyntaxError, Value};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A source file, parsed.
#[derive(Clone, Debug)]
pub struct InputFile {
    /// As shown in messages: the path given, joined with what was found under it.
    pub path: String,
    pub docs: Result<Vec<Node>, SyntaxError>,
    /// Named on the command line or by a Location (its errors are reported);
    /// found by walking a directory otherwise (a file that does not parse
    /// is then probably not a catalog file).
    pub named: bool,
}

/// The files found, and the targets not read.
#[derive(Debug, Default)]
pub struct Gathered {
    pub files: Vec<InputFile>,
    pub not_read: Vec<NotRead>,
}

const MAX_DEPTH: usize = 32;

fn is_yaml(name: &str) -> bool {
    name.ends_with(".yaml") || name.ends_with(".yml")
}

/// Every YAML file under `dir` (no dot-files, no links), sorted.
fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<(String, std::fs::DirEntry)> = rd
        .filter_map(Result::ok)
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e))
        .filter(|(n, _)| !n.starts_with('.'))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    // Subdirectories in parallel (one per repository is common), kept in name order.
    let found: Vec<Vec<PathBuf>> = entries
        .par_iter()
        .map(|(name, e)| {
            let mut v = Vec::new();
            if let Ok(ft) = e.file_type() {
                if ft.is_dir() {
                    walk(&e.path(), depth + 1, &mut v);
                } else if ft.is_file() && is_yaml(name) {
                    v.push(e.path());
                }
            }
            v
        })
        .collect();
    out.extend(found.into_iter().flatten());
}

struct Pending {
    abs: PathBuf,
    shown: String,
    root: PathBuf,
    named: bool,
}

fn read(p: &Pending) -> InputFile {
    let docs = match crate::catalog::load::read_limited(&p.abs) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => parse_documents(&text),
            Err(_) => Err(SyntaxError {
                message: "not UTF-8 text".into(),
                span: Default::default(),
            }),
        },
        Err(e) => Err(SyntaxError {
            message: e.to_string(),
            span: Default::default(),
        }),
    };
    InputFile {
        path: p.shown.clone(),
        docs,
        named: p.named,
    }
}

fn str_of<'a>(n: &'a Node, key: &str) -> Option<&'a Node> {
    match &n.value {
        Value::Map(m) => m
            .iter()
            .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == key))
            .map(|(_, v)| v),
        _ => None,
    }
}

fn text(n: &Node) -> Option<&str> {
    match &n.value {
        Value::Str(s) => Some(s),
        _ => None,
    }
}

/// Location targets in a parsed file: (target, line).
fn location_targets(docs: &[Node]) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    for d in docs {
        let is_loc = str_of(d, "kind").and_then(text) == Some("Location")
            && str_of(d, "apiVersion")
                .and_then(text)
                .is_some_and(|v| v.starts_with("backstage.io/"));
        let Some(spec) = is_loc.then(|| str_of(d, "spec")).flatten() else {
            continue;
        };
        if let Some(t) = str_of(spec, "target") {
            if let Some(s) = text(t) {
                out.push((s.to_string(), t.span.line));
            }
        }
        if let Some(Node {
            value: Value::Seq(v),
            ..
        }) = str_of(spec, "targets")
        {
            for t in v {
                if let Some(s) = text(t) {
                    out.push((s.to_string(), t.span.line));
                }
            }
        }
    }
    out
}

fn has_glob(s: &str) -> bool {
    s.contains(['*', '?', '[', '{'])
}

/// Files a relative target names, from the directory `base`.
fn expand(base: &Path, target: &str) -> Result<Vec<PathBuf>, String> {
    let t = target.trim_start_matches("./");
    if !has_glob(t) {
        return Ok(vec![base.join(t)]);
    }
    let parts: Vec<&str> = t.split('/').collect();
    let first = parts.iter().position(|p| has_glob(p)).unwrap_or(0);
    let dir = parts[..first]
        .iter()
        .fold(base.to_path_buf(), |acc, p| acc.join(p));
    let pattern = parts[first..].join("/");
    let glob = globset::GlobBuilder::new(&pattern)
        .literal_separator(true)
        .build()
        .map_err(|e| format!("not a valid glob ({e})"))?
        .compile_matcher();
    let mut found = Vec::new();
    let mut all = Vec::new();
    walk(&dir, 0, &mut all);
    for f in all {
        if let Ok(rel) = f.strip_prefix(&dir) {
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if glob.is_match(rel.join("/")) {
                found.push(f);
            }
        }
    }
    Ok(found)
}

fn shown(root_shown: &str, root: &Path, abs: &Path) -> String {
    match abs.strip_prefix(root) {
        Ok(rel) if !rel.as_os_str().is_empty() => {
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let base = root_shown.trim_end_matches('/');
            if base.is_empty() || base == "." {
                rel.join("/")
            } else {
                format!("{base}/{}", rel.join("/"))
            }
        }
        _ => root_shown.to_string(),
    }
}

/// Reads every source file under `paths` (`cwd` resolves relative ones);
/// with `follow`, Backstage Locations are followed. A path that does not
/// exist is an error (the import cannot run).
#[expect(
    clippy::too_many_lines,
    reason = "not yet split into named steps; a new long function is refused"
)]
pub fn gather(cwd: &Path, paths: &[PathBuf], follow: bool) -> Result<Gathered, String> {
    let mut g = Gathered::default();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut queue: Vec<Pending> = Vec::new();
    for p in paths {
        let abs = if p.is_absolute() {
            p.clone()
        } else {
            cwd.join(p)
        };
        let canon = abs
            .canonicalize()
            .map_err(|e| format!("cannot read {}: {e}", p.display()))?;
        let shown_root = p.display().to_string();
        if canon.is_dir() {
            let mut files = Vec::new();
            walk(&canon, 0, &mut files);
            for f in files {
                if seen.insert(f.clone()) {
                    queue.push(Pending {
                        shown: shown(&shown_root, &canon, &f),
                        abs: f,
                        root: canon.clone(),
                        named: false,
                    });
                }
            }
        } else if seen.insert(canon.clone()) {
            queue.push(Pending {
                abs: canon.clone(),
                shown: shown_root,
                root: canon.parent().map(Path::to_path_buf).unwrap_or_default(),
                named: true,
            });
        }
    }
    while !queue.is_empty() {
        let batch = std::mem::take(&mut queue);
        let read_files: Vec<InputFile> = batch.par_iter().map(read).collect();
        for (p, f) in batch.iter().zip(read_files) {
            if follow {
                if let Ok(docs) = &f.docs {
                    for (target, line) in location_targets(docs) {
                        let at = At {
                            file: f.path.clone(),
                            line,
                        };
                        let not_read = |reason: &str| NotRead {
                            target: target.clone(),
                            at: at.clone(),
                            reason: reason.to_string(),
                        };
                        if target.contains("://") {
                            g.not_read.push(not_read("a URL: import reads files only"));
                            continue;
                        }
                        if Path::new(&target).is_absolute() {
                            g.not_read.push(not_read(
                                "an absolute path: only relative targets are followed",
                            ));
                            continue;
                        }
                        let dir = p.abs.parent().map(Path::to_path_buf).unwrap_or_default();
                        let found = match expand(&dir, &target) {
                            Ok(v) => v,
                            Err(e) => {
                                g.not_read.push(not_read(&e));
                                continue;
                            }
                        };
                        if found.is_empty() {
                            g.not_read.push(not_read("no file matches"));
                        }
                        for t in found {
                            let Ok(canon) = t.canonicalize() else {
                                g.not_read.push(not_read("no such file"));
                                continue;
                            };
                            if !canon.starts_with(&p.root) {
                                g.not_read
                                    .push(not_read("leads outside the path given to import"));
                                continue;
                            }
                            if seen.insert(canon.clone()) {
                                queue.push(Pending {
                                    shown: shown(
                                        &root_shown_of(&f.path, &p.abs, &p.root),
                                        &p.root,
                                        &canon,
                                    ),
                                    abs: canon,
                                    root: p.root.clone(),
                                    named: true,
                                });
                            }
                        }
                    }
                }
            }
            g.files.push(f);
        }
    }
    // Directory by directory (`a/b.yaml` before `a-b/c.yaml`), as a tree lists them.
    g.files
        .sort_by(|a, b| a.path.split('/').cmp(b.path.split('/')));
    g.not_read
        .sort_by(|a, b| (&a.at, &a.target).cmp(&(&b.at, &b.target)));
    Ok(g)
}

/// How the input root is shown, given how one file under it is shown.
fn root_shown_of(file_shown: &str, abs: &Path, root: &Path) -> String {
    let depth = abs
        .strip_prefix(root)
        .map(|r| r.components().count())
        .unwrap_or(0);
    let mut s = file_shown.to_string();
    for _ in 0..depth {
        match s.rfind('/') {
            Some(i) => s.truncate(i),
            None => s.clear(),
        }
    }
    s
}
