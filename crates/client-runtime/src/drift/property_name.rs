//! Which names of undeclared properties a JSON pointer may show.
//!
//! A property's name is structure, not a value, but a body can be keyed by
//! data (a map from customer to order, from e-mail address to consent), so
//! a key taken from traffic is shown only when it reads as an identifier:
//! a letter, `_` or `$` first; then only ASCII letters, digits, `_` and
//! `$`; at most 64 characters; at most six digits, and no more than four in
//! a row. Any other key is folded to `*`: `Jane-Doe`, `jane.doe`, `Jane
//! Doe`, anything with `@`, a phone number or a long id. A person's name written as an
//! identifier (`JaneDoe`) cannot be told from a property's name, and is
//! shown.
//!
//! This file is the one rule for both places that show such names: drift
//! at run time in `client-runtime`, and `cargo xtask conform`, which
//! includes this file by path rather than depending on the runtime.

/// An undeclared property's name as a pointer shows it: `key` when it
/// reads as an identifier, else `*`.
pub fn key_token(key: &str) -> &str {
    if reads_as_identifier(key) { key } else { "*" }
}

/// The longest a shown name may be.
const MAX_LEN: usize = 64;

/// The most digits a shown name may hold, in all and in a row: more is a
/// number (a phone, an account, an id) or a generated key, not a word.
const MAX_DIGITS: usize = 6;
const MAX_DIGIT_RUN: usize = 4;

fn reads_as_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    let first = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$');
    let rest = chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    let digits = key.chars().filter(char::is_ascii_digit).count();
    let longest_digit_run = key
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    first
        && rest
        && key.len() <= MAX_LEN
        && digits <= MAX_DIGITS
        && longest_digit_run <= MAX_DIGIT_RUN
}

#[cfg(test)]
mod tests {
    use super::key_token;

    #[test]
    fn identifiers_are_shown_and_what_could_be_a_person_is_folded() {
        for shown in [
            "giftNote",
            "DeletedAt",
            "gift_note",
            "__v",
            "$type",
            "address2",
            "iso3166Alpha2",
        ] {
            assert_eq!(key_token(shown), shown);
        }
        for folded in [
            "Jane-Doe",
            "jane-doe",
            "jane.doe",
            "Jane Doe",
            "pat@example.com",
            "José",
            "tel5551234567",
            "id12345",
            "a1b2c3d4e5f6g7",
            "a8577d7f0d4d4b228e857b4a2e90dc93",
            "12",
            "x-trace-id",
            "",
            &"a".repeat(65),
        ] {
            assert_eq!(key_token(folded), "*", "{folded}");
        }
    }
}
