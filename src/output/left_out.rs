//! What a command says when its results leave files out: a file that
//! could not be read or parsed, or whose entity lacks a required value,
//! has no entity in the catalog's tables, so a listing, a KPI or a table
//! would otherwise miss it with no one told.

use crate::catalog::Catalog;

/// The files named one by one; past that, how many more.
const SHOWN: usize = 10;

/// Why a file is left out (the catalog cannot tell which of the two).
const WHY: &str = "it could not be read or parsed, or an entity in it lacks a required value";

/// One file left out: its path, when (empty, or " as of …" for a state of
/// history) and whether `platctl lint` on the working tree can say why.
pub struct Left<'a> {
    pub path: &'a str,
    pub when: String,
    pub lint: bool,
}

/// A warning per file left out of `of` (" of the tables", or nothing for
/// the catalog's own results): the first ten, then how many more, with
/// `more` after the count (what lists them all, or nothing).
pub fn warnings<'a>(
    left: impl ExactSizeIterator<Item = Left<'a>>,
    of: &str,
    more: &str,
) -> Vec<String> {
    let n = left.len();
    let mut out: Vec<String> = left
        .take(SHOWN)
        .map(|l| {
            let lint = if l.lint {
                format!("; `platctl lint {}` says why", l.path)
            } else {
                String::new()
            };
            format!("{} is left out{of}{}: {WHY}{lint}", l.path, l.when)
        })
        .collect();
    if n > SHOWN {
        out.push(format!(
            "{} left out{of}{more}",
            super::fmt::plural(n - SHOWN, "more file is", "more files are"),
        ));
    }
    out
}

/// The warnings of a command that reads `cat`: each file whose entities
/// its results leave out. `lint` says whether the catalog is the working
/// tree, which `platctl lint` reads (not a revision).
pub fn of_catalog(cat: &Catalog, lint: bool) -> Vec<String> {
    let left = cat.left_out();
    let more = if lint {
        "; `platctl lint` lists them"
    } else {
        ""
    };
    warnings(
        left.iter().map(|&path| Left {
            path,
            when: String::new(),
            lint,
        }),
        "",
        more,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testcat::catalog;

    #[test]
    fn a_broken_file_and_one_lacking_a_required_value_are_named_with_how_to_see_why() {
        let cat = catalog(&[
            ("services/a.yaml", "id: a\nteam: t\n"),
            ("services/b-broken.yaml", "id: b\nteam: [x\n"),
            ("services/c-noteam.yaml", "id: c\n"),
            ("teams/t.yaml", "id: t\nname: T\ntype: product\n"),
        ]);
        assert_eq!(
            of_catalog(&cat, true),
            [
                format!(
                    "services/b-broken.yaml is left out: {WHY}; \
                     `platctl lint services/b-broken.yaml` says why"
                ),
                format!(
                    "services/c-noteam.yaml is left out: {WHY}; \
                     `platctl lint services/c-noteam.yaml` says why"
                ),
            ]
        );
        // A revision's catalog: lint reads the working tree, not it.
        assert_eq!(
            of_catalog(&cat, false),
            [
                format!("services/b-broken.yaml is left out: {WHY}"),
                format!("services/c-noteam.yaml is left out: {WHY}"),
            ]
        );
    }

    #[test]
    fn a_sound_catalog_says_nothing() {
        let cat = catalog(&[
            ("services/a.yaml", "id: a\nteam: t\n"),
            ("teams/t.yaml", "id: t\nname: T\ntype: product\n"),
        ]);
        assert!(of_catalog(&cat, true).is_empty());
    }

    #[test]
    fn ten_files_are_named_then_how_many_more() {
        let paths: Vec<String> = (0..12).map(|i| format!("services/s{i:02}.yaml")).collect();
        let left = |lint| {
            paths.iter().map(move |p| Left {
                path: p,
                when: String::new(),
                lint,
            })
        };
        let w = warnings(left(true), "", "; `platctl lint` lists them");
        assert_eq!(w.len(), 11);
        assert!(w[9].starts_with("services/s09.yaml is left out: "));
        assert_eq!(
            w[10],
            "2 more files are left out; `platctl lint` lists them"
        );
        let w = warnings(left(false).take(11), "", "");
        assert_eq!(
            w.last().map(String::as_str),
            Some("1 more file is left out")
        );
    }
}
