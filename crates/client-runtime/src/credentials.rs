//! Credentials: the security schemes an API's spec declares, the values the
//! builder was given for them, and which of them each call sends.
//!
//! A spec names, for each operation, the security requirements it accepts
//! (OpenAPI's `security`: a list of alternatives, each a set of schemes sent
//! together), or the API's when the operation names none. The generated
//! crate writes them into the operation's [`Operation::security`]; the
//! runtime sends the first alternative, in the spec's order, whose every
//! scheme has a value, and nothing when the list is empty (`security: []`).
//! An empty alternative (`{}`, anonymous access) is met by a client with no
//! credentials, but the first other alternative met is sent first. When no
//! alternative can be met, the call fails before anything is sent, with a
//! [`MissingCredential`] that names the schemes.

use std::fmt;

use reqwest::header::{AUTHORIZATION, COOKIE, HeaderName, HeaderValue};

use crate::call::OperationName;
use crate::operation::Operation;
use crate::token::TokenCache;

/// One security scheme of an API, from its spec's
/// `components/securitySchemes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The scheme's key in `components/securitySchemes`, as requirements
    /// name it and [`ClientBuilder::credential`](crate::ClientBuilder::credential) takes it.
    pub name: &'static str,
    /// How its credential is sent.
    pub kind: SchemeKind,
    /// Whether every operation of the API needs it: a client built without
    /// it could make no call, so [`ClientBuilder::build`](crate::ClientBuilder::build) refuses.
    pub required: bool,
}

/// How a security scheme's credential is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>`: an `http` `bearer` scheme, and the
    /// access token of an `openIdConnect` scheme.
    Bearer,
    /// `Authorization: Basic <base64 of user:password>` (`http` `basic`).
    Basic,
    /// `Authorization: <scheme> <credential>`, for another `http` scheme
    /// that sends a credential as it is.
    Http {
        /// The authentication scheme's name, as the spec writes it.
        scheme: &'static str,
    },
    /// An `oauth2` scheme: `Authorization: Bearer <access token>`, the
    /// token fixed or from a [`TokenSource`](crate::TokenSource).
    OAuth2 {
        /// The token URL of its `clientCredentials` flow, if it has one.
        token_url: Option<&'static str>,
        /// The scopes that flow declares.
        scopes: &'static [&'static str],
    },
    /// An `apiKey` scheme.
    ApiKey {
        /// Where the key goes.
        location: KeyLocation,
        /// The header, query parameter or cookie that carries it.
        name: &'static str,
    },
}

/// Where an API key is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie, in the `Cookie` header.
    Cookie,
}

impl SchemeKind {
    /// What the credential is, for messages: `bearer token`, `API key`, ...
    pub fn noun(self) -> &'static str {
        match self {
            Self::Bearer => "bearer token",
            Self::OAuth2 { .. } => "OAuth 2.0 access token",
            Self::Basic => "user name and password",
            Self::Http { .. } => "credential",
            Self::ApiKey { .. } => "API key",
        }
    }
}

/// A credential made ready to send: its header value is marked sensitive,
/// so that it is never logged.
#[derive(Clone)]
enum Ready {
    Header(HeaderName, HeaderValue),
    Query(&'static str, String),
    Cookie(String),
    /// `Authorization: Bearer <token>` from a source, asked when a call
    /// is sent.
    Token(TokenCache),
}

/// The credentials of one client, by scheme (in the order of the API's
/// schemes), and the schemes they answer.
#[derive(Clone)]
pub(crate) struct Credentials {
    schemes: &'static [SecurityScheme],
    values: Vec<Option<Ready>>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Which schemes are set, never a value.
        let mut map = f.debug_map();
        for (scheme, value) in self.schemes.iter().zip(&self.values) {
            map.entry(
                &scheme.name,
                &if value.is_some() { "<set>" } else { "<unset>" },
            );
        }
        map.finish()
    }
}

/// Why a credential could not be made ready to send.
#[derive(Debug)]
pub(crate) enum Unusable {
    /// It holds what a header (or a cookie) cannot carry.
    Characters,
    /// A basic scheme's credential has no `:` between user and password.
    NotUserAndPassword,
}

impl Credentials {
    /// Every scheme unset.
    pub(crate) fn none(schemes: &'static [SecurityScheme]) -> Self {
        Credentials {
            schemes,
            values: vec![None; schemes.len()],
        }
    }

    /// Sets the credential of the scheme at `index` of the API's schemes.
    pub(crate) fn set(&mut self, index: usize, value: &str) -> Result<(), Unusable> {
        let scheme = self.schemes[index];
        let header = |text: String| {
            let mut value = HeaderValue::try_from(text).map_err(|_| Unusable::Characters)?;
            value.set_sensitive(true);
            Ok(value)
        };
        let ready = match scheme.kind {
            SchemeKind::Bearer | SchemeKind::OAuth2 { .. } => {
                Ready::Header(AUTHORIZATION, header(format!("Bearer {value}"))?)
            }
            SchemeKind::Basic => {
                if !value.contains(':') {
                    return Err(Unusable::NotUserAndPassword);
                }
                // The encoded form would hide a newline from the check.
                header(value.to_owned())?;
                Ready::Header(
                    AUTHORIZATION,
                    header(format!("Basic {}", base64(value.as_bytes())))?,
                )
            }
            SchemeKind::Http { scheme } => {
                Ready::Header(AUTHORIZATION, header(format!("{scheme} {value}"))?)
            }
            SchemeKind::ApiKey { location, name } => match location {
                KeyLocation::Header => {
                    let name = HeaderName::from_bytes(name.as_bytes())
                        .map_err(|_| Unusable::Characters)?;
                    Ready::Header(name, header(value.to_owned())?)
                }
                KeyLocation::Query => {
                    header(value.to_owned())?;
                    Ready::Query(name, value.to_owned())
                }
                KeyLocation::Cookie => {
                    // RFC 6265's cookie-octets: no space, quote, comma,
                    // semicolon or backslash, and nothing a header cannot carry.
                    let octet = |b: &u8| matches!(b, 0x21 | 0x23..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E);
                    if !value.as_bytes().iter().all(octet) {
                        return Err(Unusable::Characters);
                    }
                    Ready::Cookie(format!("{name}={value}"))
                }
            },
        };
        self.values[index] = Some(ready);
        Ok(())
    }

    /// Gives the scheme at `index` a token source.
    pub(crate) fn set_source(&mut self, index: usize, cache: TokenCache) {
        self.values[index] = Some(Ready::Token(cache));
    }

    /// Whether the scheme at `index` has a credential.
    pub(crate) fn is_set(&self, index: usize) -> bool {
        self.values[index].is_some()
    }

    /// Adds to `request` the credentials `operation` sends: the first of
    /// its alternatives whose every scheme is set. Fails, naming what is
    /// missing, when none can be met. A token from a source is not added
    /// here: its cache is returned, for the call to ask when it sends.
    pub(crate) fn apply(
        &self,
        operation: &'static Operation,
        request: &mut reqwest::Request,
    ) -> Result<Option<TokenCache>, MissingCredential> {
        if operation.security.is_empty() {
            return Ok(None);
        }
        let index = |name: &str| self.schemes.iter().position(|s| s.name == name);
        // An empty alternative (anonymous access) is met by any client;
        // the credentials given are still sent where another can be met.
        let met = operation.security.iter().find(|alternative| {
            !alternative.is_empty()
                && alternative
                    .iter()
                    .all(|name| index(name).is_some_and(|i| self.values[i].is_some()))
        });
        let Some(alternative) = met else {
            if operation.security.iter().any(|a| a.is_empty()) {
                return Ok(None);
            }
            return Err(MissingCredential { operation });
        };
        let mut source = None;
        for name in alternative.iter() {
            let Some(Some(ready)) = index(name).map(|i| &self.values[i]) else {
                continue;
            };
            match ready {
                Ready::Header(name, value) => {
                    request.headers_mut().insert(name.clone(), value.clone());
                }
                Ready::Query(name, value) => {
                    request.url_mut().query_pairs_mut().append_pair(name, value);
                }
                Ready::Cookie(pair) => {
                    let headers = request.headers_mut();
                    let joined = match headers.get(COOKIE).and_then(|v| v.to_str().ok()) {
                        Some(cookies) if !cookies.is_empty() => format!("{cookies}; {pair}"),
                        _ => pair.clone(),
                    };
                    if let Ok(mut value) = HeaderValue::try_from(joined) {
                        value.set_sensitive(true);
                        headers.insert(COOKIE, value);
                    }
                }
                Ready::Token(cache) => source = Some(cache.clone()),
            }
        }
        Ok(source)
    }
}

/// A call that was not sent: its operation needs a credential the client
/// was not given. The message names the schemes of each alternative the
/// spec accepts, never a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingCredential {
    operation: &'static Operation,
}

impl MissingCredential {
    /// The operation that was called.
    pub fn operation(&self) -> &'static Operation {
        self.operation
    }

    /// The alternatives the operation accepts, each the names of the
    /// schemes sent together.
    pub fn alternatives(&self) -> &'static [&'static [&'static str]] {
        self.operation.security
    }
}

impl fmt::Display for MissingCredential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} was not sent: it needs the credential ",
            OperationName(self.operation)
        )?;
        for (i, alternative) in self.operation.security.iter().enumerate() {
            if i > 0 {
                f.write_str(", or ")?;
            }
            for (j, name) in alternative.iter().enumerate() {
                if j > 0 {
                    f.write_str(" and ")?;
                }
                write!(f, "`{name}`")?;
            }
        }
        f.write_str(", and the client was built without it: set it on the builder")
    }
}

impl std::error::Error for MissingCredential {}

/// Standard base64 with padding (RFC 4648 section 4), as HTTP basic
/// authentication writes `user:password`.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMES: &[SecurityScheme] = &[
        SecurityScheme {
            name: "token",
            kind: SchemeKind::Bearer,
            required: false,
        },
        SecurityScheme {
            name: "key",
            kind: SchemeKind::ApiKey {
                location: KeyLocation::Query,
                name: "api_key",
            },
            required: false,
        },
        SecurityScheme {
            name: "session",
            kind: SchemeKind::ApiKey {
                location: KeyLocation::Cookie,
                name: "sid",
            },
            required: false,
        },
        SecurityScheme {
            name: "basic",
            kind: SchemeKind::Basic,
            required: false,
        },
    ];

    const OPERATION: Operation = Operation {
        api: "demo",
        id: "getThing",
        method: "GET",
        path: "/things",
        idempotent: true,
        request_ids: &[],
        security: &[&["token"], &["key", "session"]],
    };

    fn request() -> reqwest::Request {
        reqwest::Request::new(
            reqwest::Method::GET,
            "http://127.0.0.1:1/things?a=1".parse().unwrap(),
        )
    }

    #[test]
    fn base64_is_rfc_4648() {
        // RFC 4648 section 10's test vectors.
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain}");
        }
    }

    #[test]
    fn the_first_alternative_that_can_be_met_is_sent() {
        let mut credentials = Credentials::none(SCHEMES);
        credentials.set(1, "k 1").unwrap();
        credentials.set(2, "s1").unwrap();
        let mut sent = request();
        credentials.apply(&OPERATION, &mut sent).unwrap();
        assert_eq!(sent.url().query(), Some("a=1&api_key=k+1"));
        assert_eq!(sent.headers()[COOKIE], "sid=s1");
        assert!(sent.headers().get(AUTHORIZATION).is_none());

        credentials.set(0, "t").unwrap();
        let mut sent = request();
        credentials.apply(&OPERATION, &mut sent).unwrap();
        assert_eq!(sent.headers()[AUTHORIZATION], "Bearer t");
        assert_eq!(sent.url().query(), Some("a=1"), "one alternative only");
    }

    #[test]
    fn an_alternative_half_met_is_not_sent() {
        let mut credentials = Credentials::none(SCHEMES);
        credentials.set(1, "k").unwrap();
        let mut sent = request();
        let missing = credentials.apply(&OPERATION, &mut sent).unwrap_err();
        assert_eq!(
            missing.to_string(),
            "demo getThing was not sent: it needs the credential `token`, or `key` and \
             `session`, and the client was built without it: set it on the builder"
        );
        assert_eq!(sent.url().query(), Some("a=1"));
    }

    #[test]
    fn no_requirement_sends_nothing() {
        let mut credentials = Credentials::none(SCHEMES);
        credentials.set(0, "t").unwrap();
        let open = Operation {
            security: &[],
            ..OPERATION
        };
        let open: &'static Operation = Box::leak(Box::new(open));
        let mut sent = request();
        credentials.apply(open, &mut sent).unwrap();
        assert!(sent.headers().is_empty());
    }

    #[test]
    fn anonymous_access_sends_what_was_given_and_needs_nothing() {
        // As fabric-orders writes it: `security: [{}, {siteApiKey: []}]`.
        let optional: &'static Operation = Box::leak(Box::new(Operation {
            security: &[&[], &["token"]],
            ..OPERATION
        }));
        let mut sent = request();
        Credentials::none(SCHEMES)
            .apply(optional, &mut sent)
            .unwrap();
        assert!(sent.headers().is_empty());

        let mut credentials = Credentials::none(SCHEMES);
        credentials.set(0, "t").unwrap();
        let mut sent = request();
        credentials.apply(optional, &mut sent).unwrap();
        assert_eq!(sent.headers()[AUTHORIZATION], "Bearer t");
    }

    #[test]
    fn basic_is_user_colon_password_in_base64() {
        let mut credentials = Credentials::none(SCHEMES);
        assert!(matches!(
            credentials.set(3, "no colon"),
            Err(Unusable::NotUserAndPassword)
        ));
        credentials.set(3, "Aladdin:open sesame").unwrap();
        let basic: &'static Operation = Box::leak(Box::new(Operation {
            security: &[&["basic"]],
            ..OPERATION
        }));
        let mut sent = request();
        credentials.apply(basic, &mut sent).unwrap();
        // RFC 7617's example.
        assert_eq!(
            sent.headers()[AUTHORIZATION],
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
        assert!(sent.headers()[AUTHORIZATION].is_sensitive());
    }

    #[test]
    fn a_cookie_key_joins_the_cookies_already_set() {
        let mut credentials = Credentials::none(SCHEMES);
        assert!(matches!(
            credentials.set(2, "a;b"),
            Err(Unusable::Characters)
        ));
        credentials.set(1, "k").unwrap();
        credentials.set(2, "s1").unwrap();
        let mut sent = request();
        sent.headers_mut()
            .insert(COOKIE, HeaderValue::from_static("lang=en"));
        credentials.apply(&OPERATION, &mut sent).unwrap();
        assert_eq!(sent.headers()[COOKIE], "lang=en; sid=s1");
    }

    #[test]
    fn debug_shows_which_schemes_are_set_never_a_value() {
        let mut credentials = Credentials::none(SCHEMES);
        credentials.set(0, "secret-token").unwrap();
        let shown = format!("{credentials:?}");
        assert!(!shown.contains("secret-token"), "{shown}");
        assert!(shown.contains(r#""token": "<set>""#), "{shown}");
    }
}
