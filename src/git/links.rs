//! Symbolic links in a commit's tree, followed as the file system of a
//! checkout would follow them, so that a past state holds the files the
//! catalog's walk of the working tree reads: a link is a blob holding its
//! target's path, resolved here part by part against the same tree.

use super::{BlobId, CatalogRepo, GitError, GitResult};
use std::collections::{HashMap, VecDeque};
use std::path::Path;

/// Links followed on one path before giving up (Linux's limit, ELOOP).
const MAX_HOPS: usize = 40;
/// The longest target a link may hold (PATH_MAX): a longer blob is no path.
const MAX_TARGET: usize = 4096;
/// The file mode git gives a symbolic link.
pub(super) const LINK_MODE: i32 = 0o120000;

/// A link's target: a path relative to the link's directory, or to the
/// top of the working tree when it was absolute.
struct Target {
    path: String,
    absolute: bool,
}

/// The trees of one commit met while following links, each read once:
/// libgit2 keeps only small trees in its cache, so a directory of
/// thousands of links would otherwise be read again for every link.
pub(super) struct Trees<'r> {
    top: git2::Tree<'r>,
    read: HashMap<git2::Oid, git2::Tree<'r>>,
    /// Trees read from the repository (for the tests).
    #[cfg(test)]
    reads: usize,
}

impl<'r> Trees<'r> {
    /// The trees of the commit whose root tree is `top`.
    pub(super) fn new(top: git2::Tree<'r>) -> Trees<'r> {
        Trees {
            top,
            read: HashMap::new(),
            #[cfg(test)]
            reads: 0,
        }
    }

    /// The commit's root tree.
    pub(super) fn top(&self) -> &git2::Tree<'r> {
        &self.top
    }

    /// The tree `id`, read from `repo` the first time only.
    pub(super) fn get(
        &mut self,
        repo: &'r git2::Repository,
        id: git2::Oid,
    ) -> GitResult<git2::Tree<'r>> {
        if let Some(t) = self.read.get(&id) {
            return Ok(t.clone());
        }
        let t = repo.find_tree(id)?;
        #[cfg(test)]
        {
            self.reads += 1;
        }
        self.read.insert(id, t.clone());
        Ok(t)
    }
}

/// Where a path of a commit's tree leads, links followed.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Leads {
    /// A file (not a link), with its blob.
    File(BlobId),
    /// A directory, with its real path relative to the opened directory
    /// (`""` for the opened directory itself).
    Dir(String),
}

impl CatalogRepo {
    /// Where `path` (relative to the opened directory, `/` separators)
    /// leads in `tree`: each link on the way is replaced by its target
    /// (relative to the link's directory, or absolute within the working
    /// tree), `.` and `..` are taken as they come. `None` when the path
    /// does not exist, ends outside the opened directory or outside the
    /// repository, passes through a file, or loops (more than 40 links):
    /// as on disk, where the catalog refuses a link that leaves its root.
    pub(super) fn leads_to<'r>(
        &'r self,
        trees_read: &mut Trees<'r>,
        path: &str,
    ) -> GitResult<Option<Leads>> {
        // Where the walk stands, from the top of the repository (its prefix
        // first: absent from commits before the directory was added), and
        // the trees on the way down, so that each part is one lookup in
        // its parent however deep the path.
        let mut real: Vec<String> = Vec::new();
        let mut trees: Vec<git2::Tree<'r>> = vec![trees_read.top.clone()];
        let mut todo: VecDeque<String> = self
            .prefix
            .split('/')
            .chain(path.split('/'))
            .map(String::from)
            .collect();
        let mut hops = 0;
        while let Some(part) = todo.pop_front() {
            match part.as_str() {
                "" | "." => continue,
                ".." => {
                    if real.pop().is_none() {
                        return Ok(None);
                    }
                    trees.pop();
                    continue;
                }
                _ => {}
            }
            let Some((kind, mode, id)) = trees
                .last()
                .and_then(|t| t.get_name(&part))
                .map(|e| (e.kind(), e.filemode(), e.id()))
            else {
                return Ok(None);
            };
            match kind {
                Some(git2::ObjectType::Tree) => {
                    trees.push(trees_read.get(&self.repo, id)?);
                    real.push(part);
                }
                Some(git2::ObjectType::Blob) if mode == LINK_MODE => {
                    hops += 1;
                    let Some(target) = self.link_target(BlobId(id), hops)? else {
                        return Ok(None);
                    };
                    if target.absolute {
                        real.clear();
                        trees.truncate(1);
                    }
                    for p in target.path.rsplit('/') {
                        todo.push_front(p.to_string());
                    }
                }
                Some(git2::ObjectType::Blob) if todo.iter().all(|p| p.is_empty() || p == ".") => {
                    real.push(part);
                    return Ok(self.within(&real).map(|_| Leads::File(BlobId(id))));
                }
                _ => return Ok(None),
            }
        }
        Ok(self.within(&real).map(Leads::Dir))
    }

    /// The target of the `hops`th link met on a path: relative to the
    /// link's directory, or (absolute) to the top of the working tree.
    /// `None` past 40 links, for a target that is not a UTF-8 path, or for
    /// an absolute one outside this working tree (meaningless in history).
    fn link_target(&self, id: BlobId, hops: usize) -> GitResult<Option<Target>> {
        if hops > MAX_HOPS {
            return Ok(None);
        }
        let bytes = match self.read_blob(id, MAX_TARGET) {
            Ok(t) => t,
            Err(GitError::TooLarge(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        let Ok(text) = String::from_utf8(bytes) else {
            return Ok(None);
        };
        if !text.starts_with('/') {
            return Ok(Some(Target {
                path: text,
                absolute: false,
            }));
        }
        Ok(Path::new(&text)
            .strip_prefix(&self.workdir)
            .ok()
            .and_then(Path::to_str)
            .map(|rel| Target {
                path: rel.to_string(),
                absolute: true,
            }))
    }

    /// A path of the repository (its parts) relative to the opened
    /// directory, when it is inside it.
    fn within(&self, real: &[String]) -> Option<String> {
        let mut parts = real.iter();
        for p in self.prefix.split('/').filter(|p| !p.is_empty()) {
            if parts.next().map(String::as_str) != Some(p) {
                return None;
            }
        }
        Some(parts.map(String::as_str).collect::<Vec<_>>().join("/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    /// Commits `files` (path, text) and `links` (path, target) in a new
    /// repository at `d`, and opens it at `at` within it.
    fn committed(
        d: &Path,
        files: &[(&str, &str)],
        links: &[(&str, &str)],
        at: &str,
    ) -> (CatalogRepo, String) {
        let repo = git2::Repository::init(d).expect("init");
        let place = |p: &str| {
            let f = d.join(p);
            std::fs::create_dir_all(f.parent().expect("a parent")).expect("mkdir");
            f
        };
        for (p, text) in files {
            std::fs::write(place(p), text).expect("write");
        }
        for (p, target) in links {
            symlink(target, place(p)).expect("symlink");
        }
        let c = commit_all(&repo, &[]);
        let cr = CatalogRepo::open(&d.join(at))
            .expect("open")
            .expect("a repository");
        (cr, c.to_string())
    }

    /// Commits everything in the working tree after `parents`.
    fn commit_all(repo: &git2::Repository, parents: &[&git2::Commit<'_>]) -> git2::Oid {
        let mut index = repo.index().expect("index");
        index
            .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
            .expect("add");
        let tree = repo
            .find_tree(index.write_tree().expect("tree"))
            .expect("find tree");
        let sig = git2::Signature::now("t", "t@example.com").expect("signature");
        repo.commit(Some("HEAD"), &sig, &sig, "state", &tree, parents)
            .expect("commit")
    }

    fn leads(cr: &CatalogRepo, commit: &str, path: &str) -> Option<Leads> {
        let c = cr.commit(commit).expect("commit");
        let mut trees = Trees::new(c.tree().expect("tree"));
        cr.leads_to(&mut trees, path).expect("no error")
    }

    fn file(text: &str) -> Option<Leads> {
        Some(Leads::File(
            super::super::blob_id(text.as_bytes()).expect("hash"),
        ))
    }

    #[test]
    fn links_lead_where_a_checkout_would_inside_the_opened_directory() {
        let d = tempfile::tempdir().expect("tempdir");
        let top = d.path().canonicalize().expect("canonical");
        let abs = top.join("cat/shared/a.yaml");
        let abs_out = top.join("outside.yaml");
        // Each `self` is a link: past 40 of them the file system gives up.
        let many_hops = format!("{}chain.yaml", "self/".repeat(800));
        let (cr, c) = committed(
            &top,
            &[
                ("cat/platctl.yaml", "version: 1\n"),
                ("cat/shared/a.yaml", "id: a\n"),
                ("cat/shared/teams/t.yaml", "id: t\n"),
                ("outside.yaml", "id: secret\n"),
            ],
            &[
                ("cat/services/a.yaml", "../shared/a.yaml"),
                ("cat/services/chain.yaml", "a.yaml"),
                ("cat/teams", "shared/teams"),
                ("cat/services/via-dir.yaml", "../teams/t.yaml"),
                ("cat/services/abs.yaml", abs.to_str().expect("utf-8")),
                (
                    "cat/services/abs-out.yaml",
                    abs_out.to_str().expect("utf-8"),
                ),
                ("cat/services/out.yaml", "../../outside.yaml"),
                ("cat/services/back-in.yaml", "../../cat/shared/a.yaml"),
                ("cat/services/dangling.yaml", "nowhere.yaml"),
                ("cat/services/loop.yaml", "loop.yaml"),
                ("cat/services/dir.yaml", "../shared"),
                ("cat/services/through-file.yaml", "../platctl.yaml/x"),
                ("cat/services/system.yaml", "/etc/passwd"),
                ("cat/services/self", "."),
                ("cat/services/two-hops.yaml", "self/self/chain.yaml"),
                ("cat/services/many-hops.yaml", &many_hops),
            ],
            "cat",
        );
        assert_eq!(leads(&cr, &c, "services/a.yaml"), file("id: a\n"));
        assert_eq!(leads(&cr, &c, "services/chain.yaml"), file("id: a\n"));
        assert_eq!(leads(&cr, &c, "services/abs.yaml"), file("id: a\n"));
        assert_eq!(
            leads(&cr, &c, "teams"),
            Some(Leads::Dir("shared/teams".into()))
        );
        assert_eq!(leads(&cr, &c, "teams/t.yaml"), file("id: t\n"));
        assert_eq!(leads(&cr, &c, "services/via-dir.yaml"), file("id: t\n"));
        // Leaving the directory and coming back is what the file system does.
        assert_eq!(leads(&cr, &c, "services/back-in.yaml"), file("id: a\n"));
        // Ending outside it, even within the repository: refused.
        assert_eq!(leads(&cr, &c, "services/out.yaml"), None);
        assert_eq!(leads(&cr, &c, "services/abs-out.yaml"), None);
        assert_eq!(leads(&cr, &c, "services/system.yaml"), None);
        assert_eq!(leads(&cr, &c, "services/dangling.yaml"), None);
        assert_eq!(leads(&cr, &c, "services/loop.yaml"), None);
        assert_eq!(leads(&cr, &c, "services/through-file.yaml"), None);
        assert_eq!(leads(&cr, &c, "services/two-hops.yaml"), file("id: a\n"));
        assert_eq!(leads(&cr, &c, "services/many-hops.yaml"), None);
        assert_eq!(
            leads(&cr, &c, "services/dir.yaml"),
            Some(Leads::Dir("shared".into()))
        );
        assert_eq!(leads(&cr, &c, ""), Some(Leads::Dir(String::new())));
        // A commit before the opened directory existed has nothing in it.
        let later = tempfile::tempdir().expect("tempdir");
        let top = later.path().canonicalize().expect("canonical");
        std::fs::create_dir_all(top.join("later")).expect("mkdir");
        let (cr2, c2) = committed(&top, &[("other.yaml", "x: 1\n")], &[], "later");
        assert_eq!(leads(&cr2, &c2, ""), None);
        assert_eq!(leads(&cr2, &c2, "services"), None);
        assert_eq!(leads(&cr, &c, "nothing/here.yaml"), None);
    }

    /// A file's past versions (the deprecation burn-down) follow a link
    /// to the file it leads to, as the catalog reads it.
    #[test]
    fn past_versions_of_a_linked_file_are_its_targets() {
        let d = tempfile::tempdir().expect("tempdir");
        let top = d.path().canonicalize().expect("canonical");
        let (_, first) = committed(
            &top,
            &[
                ("cat/platctl.yaml", "version: 1\n"),
                ("cat/shared/d.yaml", "id: d\n"),
            ],
            &[("cat/deprecations/d.yaml", "../shared/d.yaml")],
            "cat",
        );
        std::fs::write(top.join("cat/shared/d.yaml"), "id: d\nstatus: migrating\n").expect("write");
        let repo = git2::Repository::open(&top).expect("open");
        let parent = repo
            .find_commit(git2::Oid::from_str(&first).expect("id"))
            .expect("parent");
        commit_all(&repo, &[&parent]);
        let versions = super::super::file_versions(&top.join("cat"), "deprecations/d.yaml", 10)
            .expect("read")
            .expect("a repository");
        let texts: Vec<Option<&[u8]>> = versions.iter().map(|v| v.bytes.as_deref()).collect();
        assert_eq!(
            texts,
            [
                Some(b"id: d\nstatus: migrating\n".as_slice()),
                Some(b"id: d\n".as_slice())
            ]
        );
    }

    /// Following many links through the same directories reads each tree
    /// once: a directory of thousands of links stays linear.
    #[test]
    fn each_tree_is_read_once_for_all_the_links_of_a_commit() {
        let d = tempfile::tempdir().expect("tempdir");
        let top = d.path().canonicalize().expect("canonical");
        let texts: Vec<(String, String)> = (0..50)
            .map(|i| (format!("cat/shared/s{i}.yaml"), format!("id: s{i}\n")))
            .collect();
        let targets: Vec<(String, String)> = (0..50)
            .map(|i| {
                (
                    format!("cat/services/s{i}.yaml"),
                    format!("../shared/s{i}.yaml"),
                )
            })
            .collect();
        let files: Vec<(&str, &str)> = texts
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        let links: Vec<(&str, &str)> = targets
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        let (cr, c) = committed(&top, &files, &links, "cat");
        let commit = cr.commit(&c).expect("commit");
        let mut trees = Trees::new(commit.tree().expect("tree"));
        for i in 0..50 {
            let got = cr
                .leads_to(&mut trees, &format!("services/s{i}.yaml"))
                .expect("no error");
            assert_eq!(got, file(&format!("id: s{i}\n")));
        }
        // cat, cat/services and cat/shared.
        assert_eq!(trees.reads, 3);
    }
}
