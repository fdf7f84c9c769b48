//! The lint rule `yaml11-scalar`: a plain (unquoted) scalar that a YAML 1.1
//! reader and a YAML 1.2 reader read differently must be quoted.
//!
//! The specs are read here as YAML 1.2 (saphyr, core schema). Many readers
//! that take the same files are YAML 1.1: PyYAML, SnakeYAML inside
//! openapi-generator, and the linters built on them. To a YAML 1.1 reader
//! `ON` is `true`, `012` is 10 (octal), `1:20` is 80 (base 60) and
//! `2019-05-02` is a date, while YAML 1.2 reads the first and the last as
//! strings and `012` as 12. A quoted scalar is a string to both.
//!
//! The check works on the parser's events, which keep each scalar's style
//! and place; anchors are checked where they are written, once.

use std::path::Path;

use regex::Regex;
use saphyr::Scalar;
use saphyr_parser::{Event, Parser, ScalarStyle};

use spec_model::refs::pointer_push;
use spec_model::spec::Position;

use super::Finding;
use super::rule::YAML11_SCALAR;

/// What a scalar means to one reader.
#[derive(Clone, Debug, PartialEq)]
enum Reading {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    /// A date or date-time (YAML 1.1 only).
    Timestamp,
    Str,
}

impl Reading {
    fn describe(&self) -> String {
        match self {
            Reading::Null => "null".to_owned(),
            Reading::Bool(b) => format!("the boolean {b}"),
            Reading::Int(i) => format!("the integer {i}"),
            Reading::Float(f) => format!("the number {f}"),
            Reading::Timestamp => "a timestamp".to_owned(),
            Reading::Str => "a string".to_owned(),
        }
    }

    /// Two readings agree when they name the same value; numbers are
    /// compared by value (`1.0` is `1`).
    fn agrees_with(&self, other: &Reading) -> bool {
        match (self, other) {
            (Reading::Int(a), Reading::Float(b)) | (Reading::Float(b), Reading::Int(a)) => {
                *a as f64 == *b
            }
            (Reading::Float(a), Reading::Float(b)) => a == b || (a.is_nan() && b.is_nan()),
            (a, b) => a == b,
        }
    }
}

/// How YAML 1.2 (saphyr's core schema, the reader every tool here uses)
/// reads a plain scalar.
fn yaml12(text: &str) -> Reading {
    if text.is_empty() {
        return Reading::Null;
    }
    match Scalar::parse_from_cow(text.into()) {
        Scalar::Null => Reading::Null,
        Scalar::Boolean(b) => Reading::Bool(b),
        Scalar::Integer(i) => Reading::Int(i.into()),
        Scalar::FloatingPoint(f) => Reading::Float(f.into_inner()),
        Scalar::String(_) => Reading::Str,
    }
}

/// The YAML 1.1 type repository's implicit types (yaml.org/type), as its
/// readers resolve them. Where they differ (PyYAML's float needs a `.`,
/// SnakeYAML's does not) each reading is returned.
struct Yaml11 {
    bool_true: Regex,
    bool_false: Regex,
    null: Regex,
    int_binary: Regex,
    int_octal: Regex,
    int_decimal: Regex,
    int_hex: Regex,
    int_base60: Regex,
    float_pyyaml: Regex,
    float_snakeyaml: Regex,
    float_base60: Regex,
    timestamp: Regex,
}

impl Yaml11 {
    fn new() -> Yaml11 {
        let re = |pattern: &str| Regex::new(pattern).expect("a valid pattern");
        Yaml11 {
            bool_true: re(r"^(y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$"),
            bool_false: re(r"^(n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$"),
            null: re(r"^(~|null|Null|NULL)$"),
            int_binary: re(r"^[-+]?0b[01_]+$"),
            int_octal: re(r"^[-+]?0[0-7_]+$"),
            int_decimal: re(r"^[-+]?(0|[1-9][0-9_]*)$"),
            int_hex: re(r"^[-+]?0x[0-9a-fA-F_]+$"),
            int_base60: re(r"^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$"),
            float_pyyaml: re(
                r"^([-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?|\.[0-9][0-9_]*([eE][-+][0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$",
            ),
            float_snakeyaml: re(
                r"^([-+]?(\.[0-9]+|[0-9_]+(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$",
            ),
            float_base60: re(r"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*$"),
            timestamp: re(
                r"^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*Z|[-+][0-9]{1,2}(:[0-9]{2})?)?)$",
            ),
        }
    }

    /// Every reading a YAML 1.1 reader may give a plain scalar.
    fn readings(&self, text: &str) -> Vec<Reading> {
        if text.is_empty() || self.null.is_match(text) {
            return vec![Reading::Null];
        }
        if self.bool_true.is_match(text) {
            return vec![Reading::Bool(true)];
        }
        if self.bool_false.is_match(text) {
            return vec![Reading::Bool(false)];
        }
        if let Some(int) = self.int(text) {
            return vec![Reading::Int(int)];
        }
        if self.timestamp.is_match(text) {
            return vec![Reading::Timestamp];
        }
        let mut readings = Vec::new();
        for float in [&self.float_pyyaml, &self.float_snakeyaml] {
            readings.push(if float.is_match(text) {
                float_value(text)
            } else {
                Reading::Str
            });
        }
        if self.float_base60.is_match(text) {
            readings = vec![base60(text).map_or(Reading::Str, Reading::Float)];
        }
        readings.dedup_by(|a, b| a.agrees_with(b));
        readings
    }

    fn int(&self, text: &str) -> Option<i128> {
        let (negative, digits) = match text.as_bytes().first() {
            Some(b'-') => (true, &text[1..]),
            Some(b'+') => (false, &text[1..]),
            _ => (false, text),
        };
        let digits = digits.replace('_', "");
        let value = if self.int_binary.is_match(text) {
            i128::from_str_radix(&digits[2..], 2).ok()?
        } else if self.int_hex.is_match(text) {
            i128::from_str_radix(&digits[2..], 16).ok()?
        } else if self.int_octal.is_match(text) {
            i128::from_str_radix(&digits[1..], 8).ok()?
        } else if self.int_decimal.is_match(text) {
            digits.parse().ok()?
        } else if self.int_base60.is_match(text) {
            digits.split(':').try_fold(0i128, |total, part| {
                Some(total * 60 + part.parse::<i128>().ok()?)
            })?
        } else {
            return None;
        };
        Some(if negative { -value } else { value })
    }
}

fn float_value(text: &str) -> Reading {
    let cleaned = text.replace('_', "");
    match cleaned.trim_start_matches(['+', '-']) {
        ".inf" | ".Inf" | ".INF" if cleaned.starts_with('-') => Reading::Float(f64::NEG_INFINITY),
        ".inf" | ".Inf" | ".INF" => Reading::Float(f64::INFINITY),
        ".nan" | ".NaN" | ".NAN" => Reading::Float(f64::NAN),
        _ => cleaned.parse().map_or(Reading::Str, Reading::Float),
    }
}

fn base60(text: &str) -> Option<f64> {
    let negative = text.starts_with('-');
    let cleaned = text.trim_start_matches(['+', '-']).replace('_', "");
    let value = cleaned.split(':').try_fold(0.0, |total, part| {
        Some(total * 60.0 + part.parse::<f64>().ok()?)
    })?;
    Some(if negative { -value } else { value })
}

/// One container being read: a mapping (waiting for a key, or holding the
/// key its next value belongs to) or a sequence (with the next index).
enum Frame {
    Mapping {
        pointer: String,
        key: Option<String>,
    },
    Sequence {
        pointer: String,
        next: usize,
    },
}

/// The `yaml11-scalar` findings in the YAML `text` of the spec at `file`.
/// Text that does not parse has none: `openapi-valid` reports it.
pub fn findings(file: &Path, text: &str) -> Vec<Finding> {
    let yaml11 = Yaml11::new();
    let mut found = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    for event in Parser::new_from_str(text) {
        let Ok((event, span)) = event else {
            return Vec::new();
        };
        // The pointer of the node this event starts; for a mapping key, the
        // pointer of the entry it names.
        let (pointer, is_key) = match stack.last_mut() {
            None => (String::new(), false),
            Some(Frame::Sequence { pointer, next }) => {
                let at = format!("{pointer}/{next}");
                if !matches!(event, Event::SequenceEnd) {
                    *next += 1;
                }
                (at, false)
            }
            Some(Frame::Mapping { pointer, key }) => match key.take() {
                Some(key) => (pointer_push(pointer, &key), false),
                None => (pointer.clone(), true),
            },
        };
        match event {
            Event::Scalar(value, style, _, tag) => {
                let pointer = if is_key {
                    pointer_push(&pointer, &value)
                } else {
                    pointer
                };
                if style == ScalarStyle::Plain && tag.is_none() {
                    let modern = yaml12(&value);
                    if let Some(old) = yaml11
                        .readings(&value)
                        .into_iter()
                        .find(|old| !old.agrees_with(&modern))
                    {
                        found.push(Finding {
                            file: file.to_owned(),
                            position: Some(Position {
                                line: span.start.line(),
                                column: span.start.col() + 1,
                            }),
                            pointer,
                            rule: &YAML11_SCALAR,
                            message: format!(
                                "`{value}` is {} to a YAML 1.1 reader and {} to YAML 1.2: quote it ({})",
                                old.describe(),
                                modern.describe(),
                                quoted(&value, &modern),
                            ),
                        });
                    }
                }
                if is_key && let Some(Frame::Mapping { key, .. }) = stack.last_mut() {
                    *key = Some(value.into_owned());
                }
            }
            Event::Alias(_) => {
                // An alias as a key: its entry has no name to point at.
                if is_key && let Some(Frame::Mapping { key, .. }) = stack.last_mut() {
                    *key = Some(String::from("*"));
                }
            }
            Event::MappingStart(..) => stack.push(Frame::Mapping { pointer, key: None }),
            Event::SequenceStart(..) => stack.push(Frame::Sequence { pointer, next: 0 }),
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
            }
            _ => {}
        }
    }
    found
}

/// What to write instead: the scalar quoted when a string is meant, and
/// otherwise what YAML 1.2 reads, spelled so that YAML 1.1 reads the same.
fn quoted(value: &str, modern: &Reading) -> String {
    let literal = format!("`\"{}\"`", value.replace('\\', "\\\\").replace('"', "\\\""));
    let canonical = match modern {
        Reading::Str => return literal,
        Reading::Null => "null".to_owned(),
        Reading::Bool(b) => b.to_string(),
        Reading::Int(i) => i.to_string(),
        Reading::Float(f) if f.is_nan() => ".nan".to_owned(),
        Reading::Float(f) if f.is_infinite() => if *f > 0.0 { ".inf" } else { "-.inf" }.to_owned(),
        Reading::Float(f) => format!("{f:?}"),
        Reading::Timestamp => unreachable!("YAML 1.2 has no timestamps"),
    };
    format!("{literal} if a string is meant, or `{canonical}`")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagged(text: &str) -> Vec<(usize, usize, String)> {
        findings(Path::new("specs/demo.yaml"), text)
            .into_iter()
            .map(|f| {
                let p = f.position.unwrap();
                (p.line, p.column, f.pointer)
            })
            .collect()
    }

    #[test]
    fn each_kind_of_trap_is_found_at_its_place() {
        let text = "\
a: ON
b: [no, y, Off]
c: 012
d: 1:20
e: 2019-05-02
f: 2019-05-02T22:49:54Z
g: 1_000
h: 0o17
i: 1e3
ON: 1
";
        assert_eq!(
            flagged(text),
            [
                (1, 4, "/a".to_owned()),
                (2, 5, "/b/0".to_owned()),
                (2, 9, "/b/1".to_owned()),
                (2, 12, "/b/2".to_owned()),
                (3, 4, "/c".to_owned()),
                (4, 4, "/d".to_owned()),
                (5, 4, "/e".to_owned()),
                (6, 4, "/f".to_owned()),
                (7, 4, "/g".to_owned()),
                (8, 4, "/h".to_owned()),
                (9, 4, "/i".to_owned()),
                (10, 1, "/ON".to_owned()),
            ]
        );
    }

    #[test]
    fn what_both_read_alike_and_quoted_scalars_pass() {
        let text = "\
a: \"ON\"
b: 'no'
c: true
d: null
e: ~
f: 12
g: 1.5
h: 1.2312312312312322e+23
i: 0x1F
j: -7
k: SKU-10%OFF
l: 6015-4453-86622
m: 12/20
nn: \"2019-05-02\"
o: !!str yes
p:
q: .inf
r: 08:00
s: [x, 'y']
";
        assert_eq!(flagged(text), []);
    }

    #[test]
    fn pointers_follow_nested_mappings_sequences_and_anchors() {
        let text = "a:\n  - &x {k: yes}\n  - *x\n  - b: [1, off]\n";
        assert_eq!(
            flagged(text),
            [(2, 12, "/a/0/k".to_owned()), (4, 12, "/a/2/b/1".to_owned()),]
        );
    }

    #[test]
    fn the_message_says_what_each_reads_and_what_to_write() {
        let found = findings(Path::new("specs/demo.yaml"), "x: ON\n");
        assert_eq!(
            found[0].to_string(),
            "specs/demo.yaml:1:4: error[yaml11-scalar]: `ON` is the boolean true to a YAML 1.1 reader and a string to YAML 1.2: quote it (`\"ON\"`)"
        );
        let found = findings(Path::new("specs/demo.yaml"), "x: 012\n");
        assert!(
            found[0]
                .message
                .ends_with("`012` is the integer 10 to a YAML 1.1 reader and the integer 12 to YAML 1.2: quote it (`\"012\"` if a string is meant, or `12`)"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn text_that_does_not_parse_has_no_findings_of_this_rule() {
        assert_eq!(flagged("a: [unclosed\nb: ON\n"), []);
    }
}
