//! How typed values look on the wire. The generated clients write a
//! parameter with a style of its own (an array or object in a path or
//! header, `deepObject`, `matrix`, ...) with [`Parameter::serialize`], and
//! the mock companion crates match it with the same call, so the two agree
//! by construction; the mocks match a plain query parameter against the
//! strings the client puts in the URL with [`query_values`].

use serde::Serialize;

/// The query-string values a typed parameter is sent as: one for a scalar,
/// one per item for a list (sent as repeated keys), none for a null. Strings
/// are sent as they are, numbers and booleans as JSON writes them.
///
/// ```
/// assert_eq!(client_runtime::wire::query_values(&vec!["1000", "1002"]), ["1000", "1002"]);
/// assert_eq!(client_runtime::wire::query_values(&25u64), ["25"]);
/// assert!(client_runtime::wire::query_values(&None::<u8>).is_empty());
/// ```
pub fn query_values<T: Serialize + ?Sized>(value: &T) -> Vec<String> {
    fn flatten(value: serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::String(s) => out.push(s),
            serde_json::Value::Array(items) => {
                for item in items {
                    flatten(item, out);
                }
            }
            other => out.push(other.to_string()),
        }
    }
    let mut out = Vec::new();
    // A value that does not serialize sends nothing; the generated types
    // always serialize.
    if let Ok(value) = serde_json::to_value(value) {
        flatten(value, &mut out);
    }
    out
}

/// Where a parameter goes in a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// One segment of the path, in place of its `{name}`.
    Path,
    /// The query string.
    Query,
    /// A header.
    Header,
}

/// A parameter's `style`, as OpenAPI 3.0 names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `3,4,5`: paths and headers (their default).
    Simple,
    /// `.3.4.5`: paths.
    Label,
    /// `;id=3,4,5`: paths.
    Matrix,
    /// `id=3&id=4` or `id=3,4`: the query (its default).
    Form,
    /// `id=3%204%205`: arrays in the query.
    SpaceDelimited,
    /// `id=3|4|5`: arrays in the query.
    PipeDelimited,
    /// `id[role]=admin&id[firstName]=Alex`: objects in the query.
    DeepObject,
}

/// What a generated client and its mock know of one parameter: enough to
/// write its value as the spec says, so that both write it alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parameter {
    /// Its name on the wire.
    pub name: &'static str,
    /// Where it goes.
    pub location: Location,
    /// Its `style`, or the location's default.
    pub style: Style,
    /// Its `explode`, or the style's default (`true` for `form` only).
    pub explode: bool,
}

/// A value as a parameter sees it: nothing, one value, a list, or an
/// object's fields in the order the type declares them.
enum Shape {
    Absent,
    Scalar(String),
    List(Vec<String>),
    Fields(Vec<(String, String)>),
}

impl Parameter {
    /// The parameter with `value`, as it goes on the wire (OpenAPI 3.0's
    /// style table): for the query, the whole `name=value` part, pairs
    /// joined by `&`, percent-encoded; for a path, the segment that
    /// replaces `{name}`, percent-encoded; for a header, its value. `None`
    /// when nothing is sent: a null, or an empty list in the query.
    ///
    /// Strings are written as they are, numbers and booleans as JSON writes
    /// them; only the delimiters the style adds are left unencoded, so a
    /// `,` or `|` inside a value stays distinguishable from one between
    /// values.
    ///
    /// ```
    /// use client_runtime::wire::{Location, Parameter, Style};
    ///
    /// let id = Parameter { name: "id", location: Location::Query, style: Style::PipeDelimited, explode: false };
    /// assert_eq!(id.serialize(&[3, 4, 5]).as_deref(), Some("id=3|4|5"));
    /// let id = Parameter { name: "id", location: Location::Path, style: Style::Matrix, explode: true };
    /// assert_eq!(id.serialize(&[3, 4, 5]).as_deref(), Some(";id=3;id=4;id=5"));
    /// ```
    pub fn serialize<T: Serialize + ?Sized>(&self, value: &T) -> Option<String> {
        let encode = |text: &str| match self.location {
            Location::Header => text.to_owned(),
            Location::Path | Location::Query => percent_encode(text),
        };
        let name = encode(self.name);
        let shape = shape_of(value);
        let (explode, name) = (self.explode, name.as_str());
        match self.location {
            Location::Query => {
                let pairs: Vec<String> = match (&shape, self.style) {
                    (Shape::Absent, _) => return None,
                    (Shape::List(items), _) if items.is_empty() => return None,
                    (Shape::Scalar(v), _) => vec![format!("{name}={}", encode(v))],
                    (Shape::Fields(fields), Style::DeepObject) => fields
                        .iter()
                        .map(|(k, v)| format!("{name}[{}]={}", encode(k), encode(v)))
                        .collect(),
                    (Shape::List(items), _) if explode => items
                        .iter()
                        .map(|v| format!("{name}={}", encode(v)))
                        .collect(),
                    (Shape::Fields(fields), _) if explode => fields
                        .iter()
                        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                        .collect(),
                    (Shape::List(_) | Shape::Fields(_), style) => {
                        let delimiter = match style {
                            Style::SpaceDelimited => "%20",
                            Style::PipeDelimited => "|",
                            _ => ",",
                        };
                        vec![format!("{name}={}", flat(&shape, &encode).join(delimiter))]
                    }
                };
                Some(pairs.join("&"))
            }
            Location::Path | Location::Header => {
                // OpenAPI 3.0 separates a label's values with `.` whether
                // exploded or not; the others with `,` within one value.
                let (prefix, between) = match self.style {
                    Style::Label => (".", "."),
                    Style::Matrix if explode => (";", ";"),
                    Style::Matrix => (";", ","),
                    _ => ("", ","),
                };
                let values: Vec<String> = match (&shape, self.style) {
                    (Shape::Absent, _) => return None,
                    (Shape::List(items), Style::Matrix) if explode => items
                        .iter()
                        .map(|v| format!("{name}={}", encode(v)))
                        .collect(),
                    (Shape::Fields(fields), _) if explode => fields
                        .iter()
                        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                        .collect(),
                    _ => flat(&shape, &encode),
                };
                Some(match self.style {
                    // The name comes once, unless each item or field named
                    // itself above.
                    Style::Matrix if explode && !matches!(shape, Shape::Scalar(_)) => {
                        format!(";{}", values.join(between))
                    }
                    Style::Matrix if values.is_empty() => format!(";{name}"),
                    Style::Matrix => format!(";{name}={}", values.join(between)),
                    _ => format!("{prefix}{}", values.join(between)),
                })
            }
        }
    }
}

/// The query pairs of [`Parameter::serialize`]'s query text, decoded, as a
/// server reads them: what a mock matches.
pub fn query_pairs(encoded: &str) -> Vec<(String, String)> {
    encoded
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

/// Adds the query text of [`Parameter::serialize`] to a URL as it is:
/// `reqwest`'s own query writer would encode the delimiters the style
/// chose (`|`, `[`, `]`).
pub fn append_query(url: &mut reqwest::Url, encoded: &str) {
    let query = match url.query() {
        Some(before) if !before.is_empty() => format!("{before}&{encoded}"),
        _ => encoded.to_owned(),
    };
    url.set_query(Some(&query));
}

/// A list's items, or an object's names and values one after the other.
fn flat(shape: &Shape, encode: &dyn Fn(&str) -> String) -> Vec<String> {
    match shape {
        Shape::Absent => Vec::new(),
        Shape::Scalar(v) => vec![encode(v)],
        Shape::List(items) => items.iter().map(|v| encode(v)).collect(),
        Shape::Fields(fields) => fields
            .iter()
            .flat_map(|(k, v)| [encode(k), encode(v)])
            .collect(),
    }
}

fn shape_of<T: Serialize + ?Sized>(value: &T) -> Shape {
    // Through JSON text, not `serde_json::Value`, whose maps sort their
    // keys: OpenAPI's examples keep an object's fields in their order.
    let Ok(text) = serde_json::to_string(value) else {
        return Shape::Absent;
    };
    let Ok(ordered) = serde_json::from_str::<Ordered>(&text) else {
        return Shape::Absent;
    };
    let scalar = |value: serde_json::Value| match value {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    };
    match ordered {
        Ordered::Value(serde_json::Value::Null) => Shape::Absent,
        Ordered::Value(serde_json::Value::Array(items)) => Shape::List(
            items
                .into_iter()
                .filter(|v| !v.is_null())
                .map(scalar)
                .collect(),
        ),
        Ordered::Value(other) => Shape::Scalar(scalar(other)),
        Ordered::Fields(fields) => Shape::Fields(
            fields
                .into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, scalar(v)))
                .collect(),
        ),
    }
}

/// A JSON value, with an object's fields kept in the order they came.
enum Ordered {
    Value(serde_json::Value),
    Fields(Vec<(String, serde_json::Value)>),
}

impl<'de> serde::Deserialize<'de> for Ordered {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Ordered;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Ordered, A::Error> {
                let mut fields = Vec::new();
                while let Some(field) = map.next_entry()? {
                    fields.push(field);
                }
                Ok(Ordered::Fields(fields))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Ordered, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<serde_json::Value>()? {
                    items.push(item);
                }
                Ok(Ordered::Value(serde_json::Value::Array(items)))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Ordered, E> {
                Ok(Ordered::Value(v.into()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Ordered, E> {
                Ok(Ordered::Value(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Ordered, E> {
                Ok(Ordered::Value(v.into()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Ordered, E> {
                Ok(Ordered::Value(v.into()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Ordered, E> {
                Ok(Ordered::Value(v.into()))
            }
            fn visit_string<E>(self, v: String) -> Result<Ordered, E> {
                Ok(Ordered::Value(v.into()))
            }
            fn visit_unit<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Value(serde_json::Value::Null))
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

/// Every byte but RFC 3986's unreserved characters as `%XX`: safe in a
/// path segment and in a query name or value.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::{Location, Parameter, Style, query_pairs};
    use serde::Serialize;

    /// OpenAPI 3.0.3's style examples: `color` is the string `blue`, the
    /// array `["blue", "black", "brown"]`, or the object
    /// `{"R": 100, "G": 200, "B": 150}`.
    #[derive(Serialize)]
    #[allow(non_snake_case)]
    struct Rgb {
        R: u8,
        G: u8,
        B: u8,
    }

    const RGB: Rgb = Rgb {
        R: 100,
        G: 200,
        B: 150,
    };
    const COLORS: [&str; 3] = ["blue", "black", "brown"];

    fn color(location: Location, style: Style, explode: bool) -> Parameter {
        Parameter {
            name: "color",
            location,
            style,
            explode,
        }
    }

    /// A row of the table: where, the style, explode, then the string, the
    /// array and the object as they are written (`None`: the table has
    /// `n/a`).
    type Row = (
        Location,
        Style,
        bool,
        &'static str,
        &'static str,
        Option<&'static str>,
    );

    #[test]
    fn every_style_writes_openapis_own_examples() {
        use Location::{Path, Query};
        let rows: &[Row] = &[
            (
                Path,
                Style::Matrix,
                false,
                ";color=blue",
                ";color=blue,black,brown",
                Some(";color=R,100,G,200,B,150"),
            ),
            (
                Path,
                Style::Matrix,
                true,
                ";color=blue",
                ";color=blue;color=black;color=brown",
                Some(";R=100;G=200;B=150"),
            ),
            (
                Path,
                Style::Label,
                false,
                ".blue",
                ".blue.black.brown",
                Some(".R.100.G.200.B.150"),
            ),
            (
                Path,
                Style::Label,
                true,
                ".blue",
                ".blue.black.brown",
                Some(".R=100.G=200.B=150"),
            ),
            (
                Path,
                Style::Simple,
                false,
                "blue",
                "blue,black,brown",
                Some("R,100,G,200,B,150"),
            ),
            (
                Path,
                Style::Simple,
                true,
                "blue",
                "blue,black,brown",
                Some("R=100,G=200,B=150"),
            ),
            (
                Query,
                Style::Form,
                false,
                "color=blue",
                "color=blue,black,brown",
                Some("color=R,100,G,200,B,150"),
            ),
            (
                Query,
                Style::Form,
                true,
                "color=blue",
                "color=blue&color=black&color=brown",
                Some("R=100&G=200&B=150"),
            ),
            (
                Query,
                Style::SpaceDelimited,
                false,
                "color=blue",
                "color=blue%20black%20brown",
                Some("color=R%20100%20G%20200%20B%20150"),
            ),
            (
                Query,
                Style::PipeDelimited,
                false,
                "color=blue",
                "color=blue|black|brown",
                Some("color=R|100|G|200|B|150"),
            ),
            (
                Query,
                Style::DeepObject,
                true,
                "color=blue",
                "color=blue&color=black&color=brown",
                Some("color[R]=100&color[G]=200&color[B]=150"),
            ),
        ];
        for &(location, style, explode, string, array, object) in rows {
            let parameter = color(location, style, explode);
            assert_eq!(
                parameter.serialize("blue").as_deref(),
                Some(string),
                "{parameter:?}"
            );
            assert_eq!(
                parameter.serialize(&COLORS).as_deref(),
                Some(array),
                "{parameter:?}"
            );
            if let Some(object) = object {
                assert_eq!(
                    parameter.serialize(&RGB).as_deref(),
                    Some(object),
                    "{parameter:?}"
                );
            }
        }
    }

    #[test]
    fn headers_are_simple_and_not_encoded() {
        let header = |explode| color(Location::Header, Style::Simple, explode);
        assert_eq!(
            header(false).serialize(&[3, 4, 5]).as_deref(),
            Some("3,4,5")
        );
        assert_eq!(header(true).serialize(&[3, 4, 5]).as_deref(), Some("3,4,5"));
        assert_eq!(
            header(false).serialize(&RGB).as_deref(),
            Some("R,100,G,200,B,150")
        );
        assert_eq!(
            header(true).serialize(&RGB).as_deref(),
            Some("R=100,G=200,B=150")
        );
        assert_eq!(header(false).serialize("a b/c").as_deref(), Some("a b/c"));
    }

    #[test]
    fn a_delimiter_inside_a_value_is_encoded_and_the_styles_own_is_not() {
        let pipes = color(Location::Query, Style::PipeDelimited, false);
        assert_eq!(
            pipes.serialize(&["a|b", "c d"]).as_deref(),
            Some("color=a%7Cb|c%20d")
        );
        let form = color(Location::Query, Style::Form, false);
        assert_eq!(
            form.serialize(&["a,b", "c"]).as_deref(),
            Some("color=a%2Cb,c")
        );
        let path = color(Location::Path, Style::Simple, false);
        assert_eq!(
            path.serialize(&["a/b", "ü"]).as_deref(),
            Some("a%2Fb,%C3%BC")
        );
    }

    #[test]
    fn numbers_and_booleans_are_written_as_json_writes_them() {
        let form = color(Location::Query, Style::Form, false);
        assert_eq!(
            form.serialize(&(1.5, true, -2)).as_deref(),
            Some("color=1.5,true,-2")
        );
    }

    #[test]
    fn nothing_is_sent_for_a_null_or_an_empty_list_in_the_query() {
        let form = color(Location::Query, Style::Form, true);
        assert_eq!(form.serialize(&None::<Vec<u8>>), None);
        assert_eq!(form.serialize(&Vec::<u8>::new()), None);
        let header = color(Location::Header, Style::Simple, false);
        assert_eq!(header.serialize(&None::<u8>), None);
    }

    #[test]
    fn a_mock_reads_the_query_as_a_server_does() {
        assert_eq!(
            query_pairs("color[R]=100&color=a%7Cb|c%20d"),
            [
                ("color[R]".to_owned(), "100".to_owned()),
                ("color".to_owned(), "a|b|c d".to_owned())
            ]
        );
    }
}
