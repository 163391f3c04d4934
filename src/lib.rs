//! platctl: the command-line toolkit for running an internal developer platform as a product.
