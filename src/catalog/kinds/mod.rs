//! One decoder per kind. The keys each knows, in the format's order, are
//! its model type's `FIELDS` (declared with the type, see `model::described`).

use super::decode::{Dec, Entity, IdForm, Obj};
use crate::catalog::yaml::Node;
use crate::model::kind::for_each_kind;
use crate::model::*;

mod campaign;
mod capability;
mod deprecation;
mod exception;
mod intake;
mod metric;
mod roadmap;
mod scorecard;
mod service;
mod survey;
mod team;

fn meta(d: &Dec, o: &Obj) -> Meta {
    Meta {
        file: d.file,
        span: o.span,
        partial: !d.is_ok(),
    }
}

/// A kind's decoder: one document to its entity, `None` when a required
/// value is missing or invalid. The ids it declares go to `ids` (kept even
/// when the entity is not).
pub trait Decode: Sized {
    fn decode(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Self>;
}

macro_rules! decode_kind {
    ($($v:ident, $dir:literal, $noun:literal, $ty:ident, $table:ident;)*) => {
        /// Decodes one document of a kind directory. Returns the entity when it is
        /// valid, and the id it declares (kept even when the entity is not).
        pub fn decode(d: &mut Dec, kind: Kind, n: &Node) -> (Option<Entity>, Ids) {
            let mut ids = Vec::new();
            let e = match kind {
                $(Kind::$v => <$ty as Decode>::decode(d, n, &mut ids).map(Entity::$v),)*
                Kind::Config => None,
            };
            (e, ids)
        }
    };
}
for_each_kind!(decode_kind);

pub type Ids = Vec<(Kind, Id)>;

/// Scorecards and campaigns are kept only whole: a rule or a date read as
/// absent would change every level and every progress figure. With stand-ins
/// (for lint) they are kept, so that their other fields are still checked.
fn keep_whole<T>(d: &mut Dec, saved: bool, r: Option<T>) -> Option<T> {
    let ok = d.end(saved);
    if !ok && d.stand_in.is_none() {
        d.wants_stand_ins = true;
    }
    (ok || d.stand_in.is_some()).then_some(r).flatten()
}
