//! Tools for course authors: `dev check` and `dev new`.

pub mod check;
pub mod new;
