//! `cargo xtask upgrade`: a spec written in OpenAPI 3.0 or Swagger 2.0
//! rewritten in OpenAPI 3.1, with the same meaning.
//!
//! The spec is read as every tool reads it (its 3.0 form), written out in
//! 3.1 ([`spec_model::version::upgrade`]), read again, and written over the
//! file only when both give the same generated code; otherwise nothing is
//! written.

use std::path::Path;

use spec_model::spec::Spec;
use spec_model::version::{Version, upgrade};

/// What upgrading one spec did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Rewritten in 3.1, from this version.
    Upgraded(Version),
    /// Already written in 3.1: left as it is.
    AlreadyCurrent,
}

/// The 3.1 text of the spec at `root/path`, once it is proven to generate
/// the same code as the spec as written.
pub fn upgraded_text(root: &Path, path: &Path) -> Result<(Version, String), String> {
    let spec = Spec::load(root, path).map_err(|e| e.to_string())?;
    let text = upgrade::to_yaml(&upgrade::to_openapi_31(&spec.document));
    let again = Spec::parse(path, &text).map_err(|e| {
        format!(
            "{}: the 3.1 text does not read back ({e}); nothing was written",
            path.display()
        )
    })?;
    let before = crate::codegen::generate(&spec).map_err(|e| e.to_string())?;
    let after = crate::codegen::generate(&again).map_err(|e| e.to_string())?;
    if before.text != after.text {
        return Err(format!(
            "{}: the spec in 3.1 would generate other code than the spec as written; nothing \
             was written",
            path.display()
        ));
    }
    Ok((spec.version, text))
}

/// Rewrites the spec at `root/path` in OpenAPI 3.1 (see the module
/// documentation); a spec already in 3.1 is left as it is.
pub fn upgrade_file(root: &Path, path: &Path) -> Result<Outcome, String> {
    let (version, text) = upgraded_text(root, path)?;
    if version == Version::OpenApi31 {
        return Ok(Outcome::AlreadyCurrent);
    }
    std::fs::write(root.join(path), text)
        .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    Ok(Outcome::Upgraded(version))
}
