//! `roadmap list` as a listing.

use super::listing::{row, Cell, Column, Listing, To};
use crate::report::roadmap::delivered_by;
use crate::report::roadmap_view::RoadmapList;

/// The items in file order; a quarter with none prints the header alone.
impl Listing for RoadmapList<'_> {
    fn columns(&self, _to: To) -> Vec<Column> {
        vec![
            Column::new("id"),
            Column::new("title").free(),
            Column::new("theme"),
            Column::new("owner"),
            Column::new("commitment"),
            Column::new("status"),
        ]
    }

    fn rows(&self, _to: To) -> Vec<Vec<Cell>> {
        self.in_file_order
            .iter()
            .map(|(it, owner)| {
                let status = match (&it.delivered, &it.slipped_to) {
                    (Some(d), _) if !delivered_by(it, self.end) => {
                        format!("{} {} (after the quarter)", it.status.value, d.value)
                    }
                    (Some(d), _) => format!("{} {}", it.status.value, d.value),
                    (None, Some(s)) => format!("{} to {}", it.status.value, s.value),
                    _ => it.status.value.to_string(),
                };
                row([
                    it.id.value.clone(),
                    it.title.value.clone(),
                    it.theme
                        .as_ref()
                        .map(|t| t.value.clone())
                        .unwrap_or_default(),
                    owner.clone(),
                    it.commitment.value.to_string(),
                    status,
                ])
            })
            .collect()
    }
}
