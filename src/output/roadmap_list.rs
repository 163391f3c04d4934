//! `roadmap list` as a table.

use super::table::table;
use crate::report::roadmap::delivered_by;
use crate::report::roadmap_view::RoadmapList;

pub fn table_text(v: &RoadmapList, width: Option<u16>) -> String {
    let rows: Vec<Vec<String>> = v
        .in_file_order
        .iter()
        .map(|(it, owner)| {
            let status = match (&it.delivered, &it.slipped_to) {
                (Some(d), _) if !delivered_by(it, v.end) => {
                    format!("{} {} (after the quarter)", it.status.value, d.value)
                }
                (Some(d), _) => format!("{} {}", it.status.value, d.value),
                (None, Some(s)) => format!("{} to {}", it.status.value, s.value),
                _ => it.status.value.to_string(),
            };
            vec![
                it.id.value.clone(),
                it.title.value.clone(),
                it.theme
                    .as_ref()
                    .map(|t| t.value.clone())
                    .unwrap_or_default(),
                owner.clone(),
                it.commitment.value.to_string(),
                status,
            ]
        })
        .collect();
    table(
        &["ID", "TITLE", "THEME", "OWNER", "COMMITMENT", "STATUS"],
        rows,
        width,
    )
}
