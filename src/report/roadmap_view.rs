//! What `roadmap list` says: the quarter's items, in id order for JSON and
//! in the file's order (themes as declared, items as written) for the
//! table that `output::roadmap_list` lays out.

use super::roadmap::delivered_by;
use crate::catalog::Catalog;
use crate::model::{Item, Quarter};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Serialize)]
pub struct ListItem<'a> {
    #[serde(flatten)]
    pub item: &'a Item,
    pub delivered_in_quarter: bool,
}

/// `roadmap list` for one quarter.
#[derive(Serialize)]
pub struct RoadmapList<'a> {
    pub version: u32,
    pub quarter: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// In id order.
    pub items: Vec<ListItem<'a>>,
    /// The same items in the quarter file's order, with their owner's name
    /// (the team's id when it is not in the catalog), for people.
    #[serde(skip)]
    pub in_file_order: Vec<(&'a Item, String)>,
}

pub fn list(cat: &Catalog, q: Quarter) -> RoadmapList<'_> {
    let rq = cat.quarter(q);
    let items: Vec<&Item> = rq.map(|r| r.items.iter().collect()).unwrap_or_default();
    let end = q.end(cat.fy());
    let mut by_id: Vec<ListItem> = items
        .iter()
        .map(|it| ListItem {
            item: it,
            delivered_in_quarter: delivered_by(it, end),
        })
        .collect();
    by_id.sort_by(|x, y| x.item.id.value.cmp(&y.item.id.value));
    // The order the quarter's file gives: themes as declared, items as written.
    let theme_pos = |it: &Item| {
        let themes = rq.map(|r| r.themes.as_slice()).unwrap_or_default();
        it.theme.as_ref().map_or(usize::MAX, |t| {
            themes
                .iter()
                .position(|x| x.id.value == t.value)
                .unwrap_or(usize::MAX - 1)
        })
    };
    let mut ordered: Vec<(usize, &Item)> = items.iter().copied().enumerate().collect();
    ordered.sort_by_key(|(i, it)| (theme_pos(it), *i));
    let in_file_order = ordered
        .into_iter()
        .map(|(_, it)| {
            let owner = cat
                .team(&it.owner.value)
                .map_or_else(|| it.owner.value.clone(), |t| t.name.value.clone());
            (it, owner)
        })
        .collect();
    RoadmapList {
        version: 1,
        quarter: q.to_string(),
        start: q.start(cat.fy()),
        end,
        items: by_id,
        in_file_order,
    }
}
