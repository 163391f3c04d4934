//! The work behind the commands that is neither argument parsing nor
//! rendering: reading git history for trends, burn-ups and scope changes,
//! scoping a lint run, gathering the site's inputs. Commands parse their
//! arguments, call these, and hand the data they return to `output/`.

pub mod read_changelog;
pub mod read_lint;
pub mod read_roadmap;
pub mod read_scorecard;
pub mod read_site;
