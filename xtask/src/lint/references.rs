//! The spec is valid: every `$ref` resolves.

use super::Lint;
use super::rule::UNRESOLVED_REF;

impl Lint<'_> {
    /// Every `$ref` is local and resolves.
    pub(super) fn references(&mut self) {
        // Taken for the loop (reporting needs `&mut self`), then put back.
        let refs = std::mem::take(&mut self.refs);
        for reference in &refs {
            let (pointer, target) = (&reference.at, &reference.target);
            match target.strip_prefix('#') {
                Some(local) if self.at(local).is_some() => {}
                Some(_) => self.report(
                    pointer,
                    &UNRESOLVED_REF,
                    format!("`{target}` points at nothing: name an existing component"),
                ),
                None => self.report(
                    pointer,
                    &UNRESOLVED_REF,
                    format!("`{target}` is not in this file: specs are self-contained, so copy the definition under components"),
                ),
            }
        }
        self.refs = refs;
    }
}
