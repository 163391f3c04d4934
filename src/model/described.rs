//! One description per entity kind. A kind's file declares its struct with
//! [`mapping!`]: the struct gives the JSON Schema (derived), and the same
//! tokens give its `FIELDS` const, the keys in the format's order, which is
//! the order platctl writes them and the set the decoder knows. The three
//! cannot drift, because they are one text. [`Described`] adds what the
//! catalog needs to keep the kind in one generic table.

use super::{FileId, Meta};

/// A kind of entity that has a directory of its own.
pub trait Described: Clone {
    /// The id other files point at it by, when it has one.
    fn key(&self) -> Option<&str>;
    fn meta_mut(&mut self) -> &mut Meta;
    /// Records the file it was read from (and on its parts that keep a place).
    fn place(&mut self, file: FileId) {
        self.meta_mut().file = file;
    }
}

/// Declares a struct of the format and its keys (`FIELDS`) from the same
/// tokens. `labels`, allowed everywhere, is not among them.
/// Fields before the `;` are the mapping's keys, in order (`pub kind as
/// "type": T` when the key is not the field's name); fields after it are not
/// keys (labels, where the value was read).
macro_rules! mapping {
    (
        $(#[$sm:meta])*
        pub struct $name:ident {
            $( $(#[$fm:meta])* pub $f:ident $(as $key:literal)? : $t:ty, )*
            ;
            $( $(#[$em:meta])* pub $ef:ident : $et:ty, )*
        }
    ) => {
        $(#[$sm])*
        pub struct $name {
            $( $(#[$fm])* $(#[serde(rename = $key)])? pub $f: $t, )*
            $( $(#[$em])* pub $ef: $et, )*
        }
        impl $name {
            /// The keys of this mapping, in the format's order.
            pub const FIELDS: &'static [&'static str] = &[$( mapping!(@key $f $($key)?) ),*];
        }
    };
    (@key $f:ident) => { stringify!($f) };
    (@key $f:ident $key:literal) => { $key };
}
pub(crate) use mapping;

/// The [`Described`] of a kind whose entity has `meta`: its id field, if
/// any, and its parts that keep a place of their own (`parts items`).
macro_rules! described {
    ($name:ident, $($id:ident)? $(; parts $parts:ident)?) => {
        impl $crate::model::Described for $name {
            fn key(&self) -> Option<&str> {
                described!(@key self $($id)?)
            }
            fn meta_mut(&mut self) -> &mut $crate::model::Meta {
                &mut self.meta
            }
            $(
            fn place(&mut self, file: $crate::model::FileId) {
                self.meta.file = file;
                for p in &mut self.$parts {
                    p.meta.file = file;
                }
            }
            )?
        }
    };
    (@key $s:ident) => { None };
    (@key $s:ident $id:ident) => { Some(&$s.$id.value) };
}
pub(crate) use described;
