//! A parameter's text read back into the value it was written from, as
//! OpenAPI 3.0's style table writes each `style` and `explode` (the
//! runtime's `client_runtime::wire` writes them the same way): the strings
//! of an array's items and of an object's fields, which the caller then
//! reads as their schemas' types.

/// How a parameter is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wire<'a> {
    /// Its name on the wire.
    pub name: &'a str,
    /// `path`, `query` or `header`.
    pub location: &'a str,
    /// Its style, or the location's default.
    pub style: &'a str,
    /// Its explode, or the style's default.
    pub explode: bool,
}

/// What a parameter was written from, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Read {
    /// One value.
    Scalar(String),
    /// An array's items.
    List(Vec<String>),
    /// An object's fields, in the order written.
    Fields(Vec<(String, String)>),
}

/// What the schema says the parameter holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A string, number or boolean.
    Scalar,
    /// An array.
    Array,
    /// An object.
    Object,
}

/// The text of a path segment, a header's values, or the query's pairs,
/// read as `wire` writes a value of `shape`;
/// `properties` are the object's declared property names (an exploded
/// `form` object has no name of its own in the query). `None` when the
/// parameter is not there.
///
/// The path segment and the query's values are given as sent, still
/// percent-encoded (the query's names decoded): they are split at the
/// style's delimiters first, and each item decoded after, so that an
/// item holding an encoded delimiter (`a%2Cb`) stays one item.
pub fn read(
    wire: Wire<'_>,
    shape: Shape,
    properties: &[&str],
    path_segment: Option<&str>,
    header: &[String],
    query: &[(String, String)],
) -> Option<Read> {
    let read = match wire.location {
        "path" => path(wire, shape, path_segment?),
        "header" => {
            let text = header.join(",");
            return (!header.is_empty()).then(|| simple(&text, shape, wire.explode));
        }
        "query" => from_query(wire, shape, properties, query),
        _ => None,
    }?;
    let form = wire.location == "query";
    let decode = |text: String| -> String {
        let text = if form { text.replace('+', " ") } else { text };
        percent_encoding::percent_decode_str(&text)
            .decode_utf8_lossy()
            .into_owned()
    };
    Some(match read {
        Read::Scalar(text) => Read::Scalar(decode(text)),
        Read::List(items) => Read::List(items.into_iter().map(decode).collect()),
        Read::Fields(fields) => Read::Fields(
            fields
                .into_iter()
                .map(|(k, v)| (decode(k), decode(v)))
                .collect(),
        ),
    })
}

/// `3,4,5`; an object `role,admin,firstName,Alex`, or exploded
/// `role=admin,firstName=Alex`.
fn simple(text: &str, shape: Shape, explode: bool) -> Read {
    match shape {
        Shape::Scalar => Read::Scalar(text.to_owned()),
        Shape::Array => Read::List(split(text, ',')),
        Shape::Object if explode => Read::Fields(
            text.split(',')
                .map(|pair| match pair.split_once('=') {
                    Some((k, v)) => (k.to_owned(), v.to_owned()),
                    None => (pair.to_owned(), String::new()),
                })
                .collect(),
        ),
        Shape::Object => Read::Fields(pairs(&split(text, ','))),
    }
}

fn path(wire: Wire<'_>, shape: Shape, segment: &str) -> Option<Read> {
    match wire.style {
        "label" => {
            let rest = segment.strip_prefix('.')?;
            Some(match (shape, wire.explode) {
                (Shape::Scalar, _) => Read::Scalar(rest.to_owned()),
                (Shape::Array, true) => Read::List(split(rest, '.')),
                (Shape::Object, true) => simple(&rest.replace('.', ","), shape, true),
                (_, false) => simple(rest, shape, false),
            })
        }
        "matrix" => {
            let rest = segment.strip_prefix(';')?;
            let prefix = format!("{}=", wire.name);
            Some(match (shape, wire.explode) {
                (Shape::Scalar, _) => Read::Scalar(rest.strip_prefix(&prefix)?.to_owned()),
                (Shape::Array, true) => Read::List(
                    rest.split(';')
                        .map(|item| item.strip_prefix(&prefix).unwrap_or(item).to_owned())
                        .collect(),
                ),
                (Shape::Object, true) => simple(&rest.replace(';', ","), shape, true),
                (_, false) => simple(rest.strip_prefix(&prefix)?, shape, false),
            })
        }
        _ => Some(simple(segment, shape, wire.explode)),
    }
}

fn from_query(
    wire: Wire<'_>,
    shape: Shape,
    properties: &[&str],
    query: &[(String, String)],
) -> Option<Read> {
    let named: Vec<&str> = query
        .iter()
        .filter(|(name, _)| name == wire.name)
        .map(|(_, value)| value.as_str())
        .collect();
    match (shape, wire.style) {
        (Shape::Object, "deepObject") => {
            let open = format!("{}[", wire.name);
            let fields: Vec<(String, String)> = query
                .iter()
                .filter_map(|(name, value)| {
                    let key = name.strip_prefix(&open)?.strip_suffix(']')?;
                    Some((key.to_owned(), value.clone()))
                })
                .collect();
            (!fields.is_empty()).then_some(Read::Fields(fields))
        }
        (Shape::Object, _) if wire.explode => {
            let fields: Vec<(String, String)> = query
                .iter()
                .filter(|(name, _)| properties.contains(&name.as_str()))
                .cloned()
                .collect();
            (!fields.is_empty()).then_some(Read::Fields(fields))
        }
        (Shape::Array, "spaceDelimited") => named.first().map(|t| Read::List(split(t, ' '))),
        (Shape::Array, "pipeDelimited") => named.first().map(|t| Read::List(split(t, '|'))),
        (Shape::Array, _) if wire.explode => {
            (!named.is_empty()).then(|| Read::List(named.iter().map(|t| (*t).to_owned()).collect()))
        }
        _ => named.first().map(|text| simple(text, shape, false)),
    }
}

fn split(text: &str, delimiter: char) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split(delimiter).map(str::to_owned).collect()
}

/// `[k, v, k, v]` as fields.
fn pairs(items: &[String]) -> Vec<(String, String)> {
    items
        .chunks(2)
        .map(|pair| (pair[0].clone(), pair.get(1).cloned().unwrap_or_default()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wire<'a>(location: &'a str, style: &'a str, explode: bool) -> Wire<'a> {
        Wire {
            name: "id",
            location,
            style,
            explode,
        }
    }

    fn list() -> Read {
        Read::List(vec!["3".into(), "4".into(), "5".into()])
    }

    fn person() -> Read {
        Read::Fields(vec![
            ("role".into(), "admin".into()),
            ("firstName".into(), "Alex".into()),
        ])
    }

    fn query(text: &str) -> Vec<(String, String)> {
        text.split('&')
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap();
                (k.to_owned(), v.to_owned())
            })
            .collect()
    }

    const PERSON: &[&str] = &["role", "firstName"];

    /// OpenAPI 3.0.3's style table, section "Style Examples", read back.
    #[test]
    fn the_style_table_reads_back() {
        let path = |style, explode, shape, text: &str| {
            read(
                wire("path", style, explode),
                shape,
                PERSON,
                Some(text),
                &[],
                &[],
            )
        };
        assert_eq!(path("simple", false, Shape::Array, "3,4,5"), Some(list()));
        assert_eq!(
            path("simple", false, Shape::Object, "role,admin,firstName,Alex"),
            Some(person())
        );
        assert_eq!(
            path("simple", true, Shape::Object, "role=admin,firstName=Alex"),
            Some(person())
        );
        assert_eq!(path("label", false, Shape::Array, ".3,4,5"), Some(list()));
        assert_eq!(path("label", true, Shape::Array, ".3.4.5"), Some(list()));
        assert_eq!(
            path("label", true, Shape::Object, ".role=admin.firstName=Alex"),
            Some(person())
        );
        assert_eq!(
            path("matrix", false, Shape::Scalar, ";id=5"),
            Some(Read::Scalar("5".into()))
        );
        assert_eq!(
            path("matrix", false, Shape::Array, ";id=3,4,5"),
            Some(list())
        );
        assert_eq!(
            path("matrix", true, Shape::Array, ";id=3;id=4;id=5"),
            Some(list())
        );
        assert_eq!(
            path(
                "matrix",
                false,
                Shape::Object,
                ";id=role,admin,firstName,Alex"
            ),
            Some(person())
        );
        assert_eq!(
            path("matrix", true, Shape::Object, ";role=admin;firstName=Alex"),
            Some(person())
        );

        let from_query = |style, explode, shape, text: &str| {
            read(
                wire("query", style, explode),
                shape,
                PERSON,
                None,
                &[],
                &query(text),
            )
        };
        assert_eq!(
            from_query("form", true, Shape::Array, "id=3&id=4&id=5"),
            Some(list())
        );
        assert_eq!(
            from_query("form", false, Shape::Array, "id=3,4,5"),
            Some(list())
        );
        assert_eq!(
            from_query("form", true, Shape::Object, "role=admin&firstName=Alex"),
            Some(person())
        );
        assert_eq!(
            from_query("form", false, Shape::Object, "id=role,admin,firstName,Alex"),
            Some(person())
        );
        assert_eq!(
            from_query("spaceDelimited", false, Shape::Array, "id=3 4 5"),
            Some(list())
        );
        assert_eq!(
            from_query("pipeDelimited", false, Shape::Array, "id=3|4|5"),
            Some(list())
        );
        assert_eq!(
            from_query(
                "deepObject",
                true,
                Shape::Object,
                "id[role]=admin&id[firstName]=Alex"
            ),
            Some(person())
        );
        assert_eq!(from_query("form", true, Shape::Array, "other=1"), None);

        let header = read(
            wire("header", "simple", false),
            Shape::Array,
            &[],
            None,
            &["3,4,5".into()],
            &[],
        );
        assert_eq!(header, Some(list()));
    }
}
