//! `cargo xtask conform <capture>...`: is the spec still true? Captured
//! traffic (HAR 1.2) checked against the specs.
//!
//! [`har`] reads each capture as a stream, one entry at a time; [`routes`]
//! matches each entry to an operation of a spec; [`personal`] decides which
//! captured values a report may show.

pub mod har;
pub mod personal;
pub mod routes;
