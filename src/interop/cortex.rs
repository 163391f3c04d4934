//! Cortex `cortex.yaml` entity descriptors to platctl services and teams.

use super::{InputFile, Known, Mapped};

pub fn map(_files: &[InputFile], _known: &Known) -> Mapped {
    Mapped::default()
}
