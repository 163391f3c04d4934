//! roadmap-dependency-order, roadmap-item-without-outcome, roadmap-delivered-date.

use super::Ctx;
use crate::diag::RuleId;
use crate::model::ItemStatus;

pub fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for q in &cat.roadmap {
        let f = q.meta.file;
        for it in &q.items {
            let finished = matches!(it.status.value, ItemStatus::Delivered | ItemStatus::Dropped);
            for dep in &it.depends_on {
                let Some((dq, di)) = cat.item(&dep.value) else {
                    continue;
                };
                if finished {
                    continue;
                }
                if dq.quarter.value > q.quarter.value {
                    cx.emit(
                        RuleId::RoadmapDependencyOrder,
                        f,
                        dep.span,
                        format!(
                            "`{}` ({}) depends on `{}`, planned for the later {}",
                            it.id.value, q.quarter.value, di.id.value, dq.quarter.value
                        ),
                    )
                    .help = Some("move one of them, or drop the dependency".into());
                } else if matches!(di.status.value, ItemStatus::Dropped | ItemStatus::Slipped) {
                    cx.emit(
                        RuleId::RoadmapDependencyOrder,
                        f,
                        dep.span,
                        format!(
                            "`{}` depends on `{}`, which is {}",
                            it.id.value, di.id.value, di.status.value
                        ),
                    )
                    .help = Some("re-plan this item against the dependency's new date".into());
                }
            }
            if it.is_committed() && it.outcome.is_none() && it.kpi.is_none() && !it.meta.partial {
                cx.emit(
                    RuleId::RoadmapItemWithoutOutcome,
                    f,
                    it.meta.span,
                    format!(
                        "committed item `{}` has neither `outcome` nor `kpi`",
                        it.id.value
                    ),
                )
                .help = Some("say what will be measurably better, or name the KPI it moves".into());
            }
            match (&it.delivered, it.status.value) {
                (None, ItemStatus::Delivered) if !it.meta.partial => {
                    cx.emit(
                        RuleId::RoadmapDeliveredDate,
                        f,
                        it.meta.span,
                        format!("delivered item `{}` has no `delivered` date", it.id.value),
                    );
                }
                (Some(d), st) if st != ItemStatus::Delivered => {
                    cx.emit(
                        RuleId::RoadmapDeliveredDate,
                        f,
                        d.span,
                        format!(
                            "`delivered` is set on item `{}`, which is {st}",
                            it.id.value
                        ),
                    )
                    .help = Some("remove `delivered`, or set `status: delivered`".into());
                }
                (Some(d), _) if d.value > cx.today => {
                    cx.emit(
                        RuleId::RoadmapDeliveredDate,
                        f,
                        d.span,
                        format!("`delivered` {} is in the future", d.value),
                    )
                    .help = Some(
                        "write the day it shipped; until it has, keep the planned status and leave `delivered` out".into(),
                    );
                }
                _ => {}
            }
        }
    }
}
