//! OpsLevel `opslevel.yml` files to platctl services.

use super::{InputFile, Known, Mapped};

pub fn map(_files: &[InputFile], _known: &Known) -> Mapped {
    Mapped::default()
}
