//! Why the catalog as it was cannot be read: as types, so that callers
//! tell the cases apart; as text, the sentence users read.

use chrono::NaiveDate;

/// Why no past state of the catalog can be read at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NoHistory {
    #[error("the catalog is not in a git repository, so past states cannot be read")]
    NotInGit,
    #[error("the git repository has no commit yet, so past states cannot be read")]
    NoCommit,
    /// A command let go of the history it had opened (it needs it no more).
    #[error("the history was closed, so past states cannot be read")]
    Closed,
}

/// Why the catalog on a given day cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NoState {
    #[error(transparent)]
    NoHistory(#[from] NoHistory),
    /// The first commit is later than the day.
    #[error("no commit on or before {0} (the history starts later)")]
    BeforeHistory(NaiveDate),
    /// The commit of the day has no `platctl.yaml` where the catalog is.
    #[error("the catalog did not exist yet at commit {short} ({date})")]
    NoCatalogYet { short: String, date: NaiveDate },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn users_read_the_same_sentences() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 31).expect("date");
        assert_eq!(
            NoState::from(NoHistory::NotInGit).to_string(),
            "the catalog is not in a git repository, so past states cannot be read"
        );
        assert_eq!(
            NoState::BeforeHistory(d).to_string(),
            "no commit on or before 2025-03-31 (the history starts later)"
        );
        assert_eq!(
            NoState::NoCatalogYet {
                short: "abc1234".into(),
                date: d
            }
            .to_string(),
            "the catalog did not exist yet at commit abc1234 (2025-03-31)"
        );
    }
}
