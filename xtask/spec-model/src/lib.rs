//! What the build tasks (`xtask`) and the tests read, and nothing that
//! generates code: the tests depend on this crate, not on the generator.
//!
//! - [`workspace`]: where the workspace is (found at run time) and which
//!   APIs it has;
//! - [`spec`]: one spec, parsed, with the line and column of every node;
//! - [`refs`]: JSON pointers and `$ref` resolution;
//! - [`walk`]: the operations of a spec and the parameters of each;
//! - [`operation`]: one model of each operation, its responses by status;
//! - [`request`]: what an operation takes as its request body;
//! - [`security`]: the security schemes, and each operation's requirements;
//! - [`examples`]: the documented examples;
//! - [`model_builder`]: the syntax of the runtime's `model_builder!` call,
//!   which generated code writes for each model's builder;
//! - [`schema`]: validating JSON against a spec's schemas;
//! - [`version`]: OpenAPI 3.1 and Swagger 2.0 read in the 3.0 form every
//!   tool reads, with where each node was written;
//! - [`surface`]: the public surface of a generated crate, read with syn.

pub mod examples;
pub mod model_builder;
pub mod operation;
pub mod refs;
pub mod request;
pub mod schema;
pub mod security;
pub mod spec;
pub mod spelling;
pub mod surface;
pub mod version;
pub mod walk;
pub mod workspace;
