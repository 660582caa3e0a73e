//! One file per subcommand. Each takes the opened [`crate::app::App`] and a writer.

pub mod coverage;
pub mod doctor;
pub mod hint;
pub mod init;
pub mod list;
pub mod reset;
pub mod run;
pub mod setup;
pub mod verify;
pub mod welcome;
