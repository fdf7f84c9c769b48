//! Reading a HAR 1.2 capture one entry at a time.
//!
//! A capture of a long session holds thousands of response bodies. The file
//! is read as a stream: `log.entries` is walked by a serde visitor that hands
//! each entry to the caller, by value, as soon as it is read; the entry is
//! dropped when the caller returns, before the next one is read.
//!
//! What bounds memory is therefore one entry, not the capture. Its bodies
//! are checked one after the other, request first, and each is held whole
//! once at a time: its text is taken out of the entry ([`Body::take_bytes`]:
//! plain text becomes the bytes without a copy; base64 text loses its line
//! breaks in place and is dropped as soon as it is decoded), then parsed
//! into a JSON value, and the bytes are dropped before the value is
//! checked. Besides, serde_json's read buffer keeps the capacity of the
//! longest string of the file (the largest body's text) for as long as the
//! file is read. At the peak a body is thus in that buffer, and either as
//! base64 text beside its decoded bytes, or as bytes beside the value being
//! parsed from them.
//!
//! Only the fields the check needs are read; every other field of the format
//! is skipped, so the captures of any tool that writes HAR (browser dev
//! tools, mitmproxy, Charles, Postman, proxies) are read alike.

use std::fmt;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// One request and its response.
#[derive(Debug, Deserialize)]
pub struct Entry {
    /// The request.
    pub request: Request,
    /// The response.
    pub response: Response,
}

/// A captured request.
#[derive(Debug, Deserialize)]
pub struct Request {
    /// The method, such as `GET`.
    pub method: String,
    /// The absolute URL, query included.
    pub url: String,
    /// The headers, in the order sent.
    pub headers: Vec<Header>,
    /// The body, when there is one.
    #[serde(rename = "postData", default)]
    pub post_data: Option<Body>,
}

/// A captured response.
#[derive(Debug, Deserialize)]
pub struct Response {
    /// The status; `0` when no response came (a failed or blocked request).
    pub status: i64,
    /// The body.
    pub content: Body,
}

/// A header.
#[derive(Debug, Deserialize)]
pub struct Header {
    /// Its name, as captured.
    pub name: String,
    /// Its value.
    pub value: String,
}

/// A request's `postData` or a response's `content`.
#[derive(Debug, Deserialize)]
pub struct Body {
    /// The media type, as captured (parameters included).
    #[serde(rename = "mimeType", default)]
    pub mime_type: Option<String>,
    /// The text; absent when the tool did not save bodies.
    #[serde(default)]
    pub text: Option<String>,
    /// `base64` when `text` is the base64 encoding of the bytes.
    #[serde(default)]
    pub encoding: Option<String>,
}

impl Body {
    /// The body's bytes, taken out of the body: `None` when the capture has
    /// no text for it, an error when the text cannot be decoded as its
    /// `encoding` says. Plain text becomes the bytes without a copy; base64
    /// text loses its whitespace in place and is dropped once decoded. Either
    /// way the body no longer holds its text, so that one copy of it is
    /// alive at a time.
    pub fn take_bytes(&mut self) -> Result<Option<Vec<u8>>, String> {
        let Some(mut text) = self.text.take() else {
            return Ok(None);
        };
        match self.encoding.as_deref() {
            None | Some("") => Ok(Some(text.into_bytes())),
            Some(e) if e.eq_ignore_ascii_case("base64") => {
                // Some tools wrap long base64 text in lines.
                text.retain(|c| !c.is_ascii_whitespace());
                let decoded = base64::engine::general_purpose::STANDARD.decode(text.as_bytes());
                drop(text);
                decoded.map(Some).map_err(|e| {
                    // Said without the offending character: it is data.
                    use base64::DecodeError;
                    let why = match e {
                        DecodeError::InvalidByte(offset, _) => {
                            format!("a character that is not base64 at offset {offset}")
                        }
                        DecodeError::InvalidLastSymbol { offset, .. } => {
                            format!("a last character that encodes nothing at offset {offset}")
                        }
                        DecodeError::InvalidLength(_) => "a length base64 cannot have".into(),
                        DecodeError::InvalidPadding => "wrong `=` padding".into(),
                    };
                    format!("`encoding` is base64, but `text` is not base64: {why}")
                })
            }
            Some(other) => Err(format!(
                "unknown `encoding` `{other}`: HAR bodies are plain text or base64"
            )),
        }
    }
}

/// Why a capture could not be read: the file, the place, what is wrong.
#[derive(Debug)]
pub struct CaptureError {
    /// The capture file, as given.
    pub file: PathBuf,
    /// The line and column, when the problem is in the JSON text.
    pub position: Option<(usize, usize)>,
    /// Where in the document, such as `log.entries[3].response.status`.
    pub place: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for CaptureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if let Some(place) = &self.place {
            write!(f, ": {place}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for CaptureError {}

/// A problem the caller found in one entry: where in the entry (such as
/// `response.content.text`) and what.
#[derive(Debug)]
pub struct EntryProblem {
    /// The field of the entry, such as `request.url`.
    pub field: String,
    /// What is wrong; never the field's value.
    pub message: String,
}

/// Reads the capture at `path`, calling `each` with every entry's index and
/// the entry, in file order, as it is read. Returns the number of entries.
/// The first problem stops the reading; entries before it have been handed
/// over already.
pub fn read_capture(
    path: &Path,
    each: impl FnMut(usize, Entry) -> Result<(), EntryProblem>,
) -> Result<usize, CaptureError> {
    let file = File::open(path).map_err(|e| CaptureError {
        file: path.to_owned(),
        position: None,
        place: None,
        message: format!("cannot read the capture: {e}"),
    })?;
    read_from(path, BufReader::new(file), each)
}

/// [`read_capture`] over any reader; `path` only names the capture in errors.
pub fn read_from(
    path: &Path,
    reader: impl Read,
    mut each: impl FnMut(usize, Entry) -> Result<(), EntryProblem>,
) -> Result<usize, CaptureError> {
    let mut state = State {
        each: &mut each,
        entries: 0,
        stopped: None,
    };
    let mut json = serde_json::Deserializer::from_reader(reader);
    let mut track = serde_path_to_error::Track::new();
    let result = DocumentSeed(&mut state)
        .deserialize(serde_path_to_error::Deserializer::new(
            &mut json, &mut track,
        ))
        .and_then(|()| json.end());
    let entries = state.entries;
    if let Some((index, problem)) = state.stopped {
        return Err(CaptureError {
            file: path.to_owned(),
            position: None,
            place: Some(format!("log.entries[{index}].{}", problem.field)),
            message: problem.message,
        });
    }
    match result {
        Ok(()) => Ok(entries),
        Err(e) => {
            let place = track.path().to_string();
            Err(CaptureError {
                file: path.to_owned(),
                position: (e.line() > 0).then(|| (e.line(), e.column())),
                place: (!matches!(place.as_str(), "" | "." | "?")).then_some(place),
                message: describe(&e),
            })
        }
    }
}

/// A serde_json error in words a capture's author can act on, without any
/// captured value.
fn describe(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let message = redact(&e.to_string());
    // serde_json appends " at line L column C", which the caller shows as
    // file:line:column already.
    let message = match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    };
    match e.classify() {
        Category::Eof => format!("the file ends early; is the capture truncated? ({message})"),
        Category::Syntax => format!("not JSON: {message}"),
        Category::Data if message.starts_with("not a HAR") => message,
        Category::Data => format!("not a HAR 1.2 capture: {message}"),
        Category::Io => format!("cannot read the capture: {message}"),
    }
}

/// Keeps only the kind of the captured value serde quotes in `invalid
/// type: string "…", expected …` (or `integer `7780811973``): the value is
/// captured data.
fn redact(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = ["invalid type: ", "invalid value: "]
        .iter()
        .filter_map(|p| rest.find(p).map(|i| i + p.len()))
        .min()
    {
        let Some(end) = rest[at..].find(", expected") else {
            break;
        };
        let unexpected = &rest[at..at + end];
        let kind = unexpected
            .split(['"', '`'])
            .next()
            .unwrap_or_default()
            .trim_end();
        out.push_str(&rest[..at]);
        out.push_str(kind);
        rest = &rest[at + end..];
    }
    out.push_str(rest);
    out
}

struct State<'a> {
    each: &'a mut dyn FnMut(usize, Entry) -> Result<(), EntryProblem>,
    entries: usize,
    stopped: Option<(usize, EntryProblem)>,
}

struct DocumentSeed<'s, 'a>(&'s mut State<'a>);

impl<'de> DeserializeSeed<'de> for DocumentSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for DocumentSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a HAR document, an object with a `log`")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        let mut log = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == "log" {
                map.next_value_seed(LogSeed(&mut *self.0))?;
                log = true;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        if log {
            Ok(())
        } else {
            Err(de::Error::custom(
                "not a HAR capture: the document has no `log`",
            ))
        }
    }
}

struct LogSeed<'s, 'a>(&'s mut State<'a>);

impl<'de> DeserializeSeed<'de> for LogSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for LogSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the HAR `log`, an object with `entries`")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        let mut entries = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == "entries" {
                map.next_value_seed(EntriesSeed(&mut *self.0))?;
                entries = true;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        if entries {
            Ok(())
        } else {
            Err(de::Error::custom(
                "not a HAR capture: `log` has no `entries`",
            ))
        }
    }
}

struct EntriesSeed<'s, 'a>(&'s mut State<'a>);

impl<'de> DeserializeSeed<'de> for EntriesSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for EntriesSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the HAR entries, an array")
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<(), S::Error> {
        let state = self.0;
        while let Some(entry) = seq.next_element::<Entry>()? {
            let index = state.entries;
            state.entries += 1;
            if let Err(problem) = (state.each)(index, entry) {
                state.stopped = Some((index, problem));
                return Err(de::Error::custom("stopped"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Vec<String>, CaptureError> {
        let mut urls = Vec::new();
        read_from(Path::new("t.har"), text.as_bytes(), |_, entry| {
            urls.push(entry.request.url);
            Ok(())
        })
        .map(|_| urls)
    }

    const ENTRY: &str = r#"{"request": {"method": "GET", "url": "https://h/a", "headers": []},
        "response": {"status": 200, "content": {"mimeType": "application/json", "text": "{}"}}}"#;

    #[test]
    fn reads_entries_and_skips_the_rest() {
        let text = format!(
            r#"{{"log": {{"version": "1.2", "creator": {{"name": "x"}}, "entries": [{ENTRY}, {ENTRY}], "pages": []}}}}"#
        );
        assert_eq!(read(&text).unwrap(), ["https://h/a", "https://h/a"]);
    }

    #[test]
    fn errors_name_the_place_and_hide_captured_strings() {
        let text = r#"{"log": {"entries": [{"request": {"method": "GET", "url": "u", "headers": []},
            "response": {"status": "pat@example.com", "content": {}}}]}}"#;
        let e = read(text).unwrap_err();
        let shown = e.to_string();
        assert_eq!(e.place.as_deref(), Some("log.entries[0].response.status"));
        assert!(shown.starts_with("t.har:2:"), "{shown}");
        assert!(!shown.contains("pat@"), "{shown}");
        assert!(shown.contains("invalid type: string, expected"), "{shown}");
        assert_eq!(
            redact("invalid type: integer `7780811973`, expected a string at line 1"),
            "invalid type: integer, expected a string at line 1"
        );
    }

    #[test]
    fn base64_bodies_decode_and_bad_ones_are_errors() {
        let body = |text: &str| Body {
            mime_type: None,
            text: Some(text.into()),
            encoding: Some("base64".into()),
        };
        let mut wrapped = body("e3\r\n 0=");
        assert_eq!(wrapped.take_bytes().unwrap(), Some(b"{}".to_vec()));
        // The text is let go of once decoded: the body is held once.
        assert_eq!(wrapped.text, None);
        assert!(body("e30").take_bytes().unwrap_err().contains("not base64"));
    }

    #[test]
    fn a_plain_body_is_handed_over_not_copied() {
        let text = String::from(r#"{"giftNote": "for Pat"}"#);
        let buffer = text.as_ptr();
        let mut body = Body {
            mime_type: None,
            text: Some(text),
            encoding: None,
        };
        let bytes = body.take_bytes().unwrap().unwrap();
        // The very buffer the capture's text was read into.
        assert_eq!(bytes.as_ptr(), buffer);
        assert_eq!(body.text, None);
        assert_eq!(body.take_bytes().unwrap(), None);
    }
}
