//! What `export tables` says beside its files.

use super::left_out::{warnings, Left};
use crate::export::write::LeftOut;
use chrono::NaiveDate;

/// A warning per file left out of the tables, with the days of the states
/// it was left out of when the export holds history, and how to see why
/// when it is left out today: the first ten files, then how many more. A
/// warehouse's numbers would otherwise miss them with no one told.
pub fn left_out(left: &LeftOut, today: NaiveDate, with_history: bool) -> Vec<String> {
    let files = left.iter().map(|(path, days)| Left {
        path,
        when: match (with_history, days.as_slice()) {
            (false, _) | (true, []) => String::new(),
            (true, [d]) => format!(" as of {d}"),
            (true, [a, b]) => format!(" as of {a} and {b}"),
            (true, [a, .., b]) => format!(" at {} dates from {a} to {b}", days.len()),
        },
        lint: days.last() == Some(&today),
    });
    warnings(files, " of the tables", "; `platctl lint` lists today's")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testcat::date;

    const WHY: &str = "it could not be read or parsed, or an entity in it lacks a required value";

    #[test]
    fn each_file_with_its_days_and_how_to_see_why_today() {
        let today = date("2026-11-27");
        let mut left = LeftOut::new();
        left.insert("services/a.yaml".into(), vec![date("2026-06-30")]);
        left.insert(
            "services/b.yaml".into(),
            vec![date("2026-06-30"), date("2026-11-27")],
        );
        left.insert(
            "services/c.yaml".into(),
            vec![date("2026-03-31"), date("2026-06-30"), date("2026-11-27")],
        );
        assert_eq!(
            left_out(&left, today, true),
            [
                format!("services/a.yaml is left out of the tables as of 2026-06-30: {WHY}"),
                format!(
                    "services/b.yaml is left out of the tables as of 2026-06-30 and 2026-11-27: \
                     {WHY}; `platctl lint services/b.yaml` says why"
                ),
                format!(
                    "services/c.yaml is left out of the tables at 3 dates from 2026-03-31 to \
                     2026-11-27: {WHY}; `platctl lint services/c.yaml` says why"
                ),
            ]
        );
        // Without history there is one state, today's: no dates.
        let mut now = LeftOut::new();
        now.insert("services/b.yaml".into(), vec![today]);
        assert_eq!(
            left_out(&now, today, false),
            [format!(
                "services/b.yaml is left out of the tables: {WHY}; \
                 `platctl lint services/b.yaml` says why"
            )]
        );
        assert!(left_out(&LeftOut::new(), today, true).is_empty());
    }

    #[test]
    fn ten_files_are_named_then_how_many_more() {
        let today = date("2026-11-27");
        let left: LeftOut = (0..13)
            .map(|i| (format!("services/s{i:02}.yaml"), vec![today]))
            .collect();
        let w = left_out(&left, today, false);
        assert_eq!(w.len(), 11);
        assert!(w[9].starts_with("services/s09.yaml is left out"));
        assert_eq!(
            w[10],
            "3 more files are left out of the tables; `platctl lint` lists today's"
        );
        let one: LeftOut = (0..11)
            .map(|i| (format!("services/s{i:02}.yaml"), vec![today]))
            .collect();
        assert_eq!(
            left_out(&one, today, false).last().map(String::as_str),
            Some("1 more file is left out of the tables; `platctl lint` lists today's")
        );
    }
}
