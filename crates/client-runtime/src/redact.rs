//! What `Debug` and messages show of values that may be secret or
//! personal: whether a parameter was given, never its value; a URL without
//! its user name and password.

use std::fmt;

/// What a generated operation builder's `Debug` shows of a parameter:
/// whether it was given, never the value (a guest's e-mail address is a
/// query parameter).
///
/// ```
/// use client_runtime::Given;
///
/// let email: Result<String, String> = Ok("jane@example.com".into());
/// assert_eq!(format!("{:?}", Given::required(&email)), "<set>");
/// let limit: Result<Option<u32>, String> = Ok(None);
/// assert_eq!(format!("{:?}", Given::optional(&limit)), "<not set>");
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Given {
    /// A value was given.
    Set,
    /// No value was given.
    NotSet,
    /// No value was given, or the one given could not be converted: a
    /// required parameter's builder does not tell the two apart.
    NotSetOrInvalid,
    /// The value given could not be converted.
    Invalid,
}

impl Given {
    /// A required parameter, as builders hold it: `Err` until a valid
    /// value is given.
    pub fn required<T>(value: &Result<T, String>) -> Self {
        match value {
            Ok(_) => Given::Set,
            Err(_) => Given::NotSetOrInvalid,
        }
    }

    /// An optional parameter, as builders hold it: `Ok(None)` until a value
    /// is given, `Err` when it could not be converted.
    pub fn optional<T>(value: &Result<Option<T>, String>) -> Self {
        match value {
            Ok(Some(_)) => Given::Set,
            Ok(None) => Given::NotSet,
            Err(_) => Given::Invalid,
        }
    }
}

impl fmt::Debug for Given {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Given::Set => "<set>",
            Given::NotSet => "<not set>",
            Given::NotSetOrInvalid => "<not set or invalid>",
            Given::Invalid => "<invalid>",
        })
    }
}

/// A URL as messages and `Debug` show it: its user name and password, if
/// it has them, become `***`. Of text that does not parse as a URL,
/// whatever stands before its last `@` becomes `***`.
pub struct RedactedUrl<'a>(pub &'a str);

impl fmt::Display for RedactedUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match reqwest::Url::parse(self.0) {
            Ok(mut url) if !url.username().is_empty() || url.password().is_some() => {
                // Both setters only fail for URLs that cannot have a user
                // part, which this one has.
                let _ = url.set_username("***");
                let _ = url.set_password(None);
                f.write_str(url.as_str())
            }
            // A URL with an authority and no user part: nothing to hide.
            Ok(url) if !url.cannot_be_a_base() => f.write_str(self.0),
            // Anything else may be a user part read as something else
            // (`jane:hunter2@host` parses with the scheme `jane`): what
            // stands before the last `@`, after any `scheme://`, is hidden.
            _ => match self.0.rsplit_once('@') {
                Some((before, host)) => {
                    let scheme = before.find("://").map_or("", |at| &before[..at + 3]);
                    write!(f, "{scheme}***@{host}")
                }
                None => f.write_str(self.0),
            },
        }
    }
}

impl fmt::Debug for RedactedUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_string(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_part_is_never_shown() {
        for (url, shown) in [
            (
                "https://jane:hunter2@api.example.com/v1",
                "https://***@api.example.com/v1",
            ),
            (
                "https://jane@api.example.com",
                "https://***@api.example.com/",
            ),
            ("https://api.example.com/v1", "https://api.example.com/v1"),
            ("not a url jane:hunter2@host", "***@host"),
            ("jane:hunter2@api.example.com", "***@api.example.com"),
            (
                "ftp:jane:hunter2@api.example.com",
                "ftp://***@api.example.com/",
            ),
            ("localhost:8080", "localhost:8080"),
            ("not a url", "not a url"),
        ] {
            assert_eq!(RedactedUrl(url).to_string(), shown);
            assert_eq!(format!("{:?}", RedactedUrl(url)), format!("{shown:?}"));
        }
    }
}
