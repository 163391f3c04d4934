//! Finding and reading the source files: every `*.yaml` / `*.yml` under the
//! paths given, and for Backstage the targets of `Location` entities
//! (relative paths and globs; URLs are listed, never fetched).

use super::cache::Ident;
use super::{At, NotRead};
use crate::catalog::load::is_yaml;
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
    /// Where it is (its real path).
    pub abs: PathBuf,
    /// What the import cache keeps of it, when asked for (see [`gather_seen`]).
    pub seen: Option<Seen>,
}

/// A source file as the import cache records it: its identity when it was
/// read, the hash of what was read when that identity cannot vouch for it
/// (changed no earlier than the reference time), and the Location targets
/// it names.
#[derive(Clone, Debug)]
pub struct Seen {
    pub ident: Ident,
    pub hash: Option<u64>,
    pub targets: Targets,
}

/// The files found, and the targets not read.
#[derive(Debug, Default)]
pub struct Gathered {
    pub files: Vec<InputFile>,
    pub not_read: Vec<NotRead>,
}

/// A file to read: where it is, how it is shown, whether it was named.
pub struct Found {
    pub abs: PathBuf,
    pub shown: String,
    pub named: bool,
    root: PathBuf,
}

const MAX_DEPTH: usize = 32;

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

/// Location targets a file names: (target, line).
pub type Targets = Vec<(String, u32)>;

/// What was read, and (for the cache) the identity and the hash of a racy file.
type ReadBytes = (Result<Vec<u8>, String>, Option<(Ident, Option<u64>)>);

/// What [`discover`] does with each file found: what to keep, and its targets.
pub type ReadFound<'a, T> = dyn Fn(&Found) -> (T, Targets) + Sync + 'a;

/// The files found, each with what was kept of it, and the targets not read.
pub type Discovered<T> = (Vec<(Found, T)>, Vec<NotRead>);

/// Reads a file as the catalog loader does (the same limit, the same
/// messages); with `reference`, also its identity (of the file opened,
/// before it is read) and, when that was changed no earlier than
/// `reference`, the hash of what was read.
fn read_bytes(abs: &Path, reference: Option<i64>) -> ReadBytes {
    use std::io::Read;
    let max = crate::catalog::parse::MAX_FILE_BYTES;
    let mut f = match std::fs::File::open(abs) {
        Ok(f) => f,
        Err(e) => return (Err(format!("cannot be read: {e}")), None),
    };
    let meta = f.metadata().ok();
    let ident = reference.and(meta.as_ref()).and_then(Ident::of);
    // The size known, one read fills the buffer and a second finds the end.
    let hint = meta.map_or(0, |m| usize::try_from(m.len()).unwrap_or(max).min(max));
    let mut buf = Vec::with_capacity(hint + 1);
    let read = (&mut f).take((max + 1) as u64).read_to_end(&mut buf);
    let bytes = match read {
        Err(e) => Err(format!("cannot be read: {e}")),
        Ok(_) if buf.len() > max => Err("file is over the 4 MiB limit".into()),
        Ok(_) => Ok(buf),
    };
    // A file that could not be read is not vouched for: no cache then.
    let seen = match (&bytes, ident, reference) {
        (Ok(b), Some(i), Some(r)) => Some((i, i.racy(r).then(|| super::cache::hash(b)))),
        _ => None,
    };
    (bytes, seen)
}

/// Reads and parses a found file; with `reference`, records what the cache needs.
fn read(p: &Found, follow: bool, reference: Option<i64>) -> (InputFile, Targets) {
    let (bytes, ident) = read_bytes(&p.abs, reference);
    let docs = match bytes {
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
    let targets = match &docs {
        Ok(d) if follow => location_targets(d),
        _ => Vec::new(),
    };
    let seen = ident.map(|(ident, hash)| Seen {
        ident,
        hash,
        targets: targets.clone(),
    });
    let file = InputFile {
        path: p.shown.clone(),
        docs,
        named: p.named,
        abs: p.abs.clone(),
        seen,
    };
    (file, targets)
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
pub fn location_targets(docs: &[Node]) -> Vec<(String, u32)> {
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
pub fn gather(cwd: &Path, paths: &[PathBuf], follow: bool) -> Result<Gathered, String> {
    gather_seen(cwd, paths, follow, None)
}

/// [`gather`], recording for the import cache what each file was when read
/// ([`InputFile::seen`]): `reference` is a file system time taken before
/// anything was read.
pub fn gather_seen(
    cwd: &Path,
    paths: &[PathBuf],
    follow: bool,
    reference: Option<i64>,
) -> Result<Gathered, String> {
    let (found, not_read) = discover(cwd, paths, follow, &|p: &Found| read(p, follow, reference))?;
    Ok(Gathered {
        files: found.into_iter().map(|(_, f)| f).collect(),
        not_read,
    })
}

/// The files under `paths` (`cwd` resolves relative ones), each given to
/// `read`, which returns what the caller keeps of it and the Location
/// targets it names (followed when `follow`); sorted as a tree lists them,
/// with the targets not read. [`gather`] reads and parses; the import
/// cache only looks at each file's identity, and finds the same files.
pub fn discover<T: Send>(
    cwd: &Path,
    paths: &[PathBuf],
    follow: bool,
    read: &ReadFound<'_, T>,
) -> Result<Discovered<T>, String> {
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut queue = given(cwd, paths, &mut seen)?;
    let mut files: Vec<(Found, T)> = Vec::new();
    let mut not_read: Vec<NotRead> = Vec::new();
    while !queue.is_empty() {
        let batch = std::mem::take(&mut queue);
        let read_files: Vec<(T, Targets)> = batch.par_iter().map(read).collect();
        for (p, (f, targets)) in batch.into_iter().zip(read_files) {
            if follow {
                for (target, line) in targets {
                    follow_target(&p, target, line, &mut seen, &mut queue, &mut not_read);
                }
            }
            files.push((p, f));
        }
    }
    // Directory by directory (`a/b.yaml` before `a-b/c.yaml`), as a tree lists them.
    files.sort_by(|a, b| a.0.shown.split('/').cmp(b.0.shown.split('/')));
    not_read.sort_by(|a, b| (&a.at, &a.target).cmp(&(&b.at, &b.target)));
    Ok((files, not_read))
}

/// The files the paths given name (a file itself, or every YAML file under a directory).
fn given(cwd: &Path, paths: &[PathBuf], seen: &mut HashSet<PathBuf>) -> Result<Vec<Found>, String> {
    let mut queue = Vec::new();
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
                    queue.push(Found {
                        shown: shown(&shown_root, &canon, &f),
                        abs: f,
                        root: canon.clone(),
                        named: false,
                    });
                }
            }
        } else if seen.insert(canon.clone()) {
            queue.push(Found {
                abs: canon.clone(),
                shown: shown_root,
                root: canon.parent().map(Path::to_path_buf).unwrap_or_default(),
                named: true,
            });
        }
    }
    Ok(queue)
}

/// Follows one Location target of the file `p`: the files it names join
/// the queue, or it is listed as not read.
fn follow_target(
    p: &Found,
    target: String,
    line: u32,
    seen: &mut HashSet<PathBuf>,
    queue: &mut Vec<Found>,
    not_read: &mut Vec<NotRead>,
) {
    let at = At {
        file: p.shown.clone(),
        line,
    };
    let mut skip = |reason: &str| {
        not_read.push(NotRead {
            target: target.clone(),
            at: at.clone(),
            reason: reason.to_string(),
        });
    };
    if target.contains("://") {
        skip("a URL: import reads files only");
        return;
    }
    if Path::new(&target).is_absolute() {
        skip("an absolute path: only relative targets are followed");
        return;
    }
    let dir = p.abs.parent().map(Path::to_path_buf).unwrap_or_default();
    let found = match expand(&dir, &target) {
        Ok(v) => v,
        Err(e) => {
            skip(&e);
            return;
        }
    };
    if found.is_empty() {
        skip("no file matches");
    }
    for t in found {
        let Ok(canon) = t.canonicalize() else {
            skip("no such file");
            continue;
        };
        if !canon.starts_with(&p.root) {
            skip("leads outside the path given to import");
            continue;
        }
        if seen.insert(canon.clone()) {
            queue.push(Found {
                shown: shown(&root_shown_of(&p.shown, &p.abs, &p.root), &p.root, &canon),
                abs: canon,
                root: p.root.clone(),
                named: true,
            });
        }
    }
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
