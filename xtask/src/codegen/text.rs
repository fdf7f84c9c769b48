//! Spec text where the generated files put it. A spec's titles, summaries
//! and descriptions are Markdown that rustdoc renders (in doc comments, and
//! in a crate's README, which is its crate documentation), and its names
//! end up inside lines of documentation and manifests. There it stays
//! text: never a doctest that `cargo test` compiles and runs, a key of a
//! manifest, an attribute or a line of code.
//!
//! - [`inert_markdown`]: Markdown with every code block that rustdoc would
//!   test made a `text` block;
//! - [`one_line`]: text for the inside of a line;
//! - [`toml_string`]: text as a TOML string.

/// `text` as Markdown in which rustdoc finds no doctest, and that leaves
/// nothing open for text that follows it: every code block whose info
/// string rustdoc would read as Rust (none, `rust`, or one of rustdoc's own
/// words such as `ignore`, `no_run`, `should_panic`, `edition2021`, or
/// anything that is not one plain word) gets the info string `text` (a
/// plain word such as `json` stays), and every indented code block becomes
/// a fenced `text` block. Line breaks become `\n` (a bare carriage return
/// does not compile in a doc comment), and characters that reorder text
/// (U+202A to U+202E, U+2066 to U+2069) are written as escapes, which rustc
/// would refuse in a comment. Markdown without code blocks comes back as it
/// was, line breaks aside.
///
/// Where the Markdown around a line cannot be known for sure (in lists and
/// quotes, after HTML), a line that might open or close a code block is
/// written as an opening `text` fence, and a line that might be indented
/// code has its indentation written as `&#32;`: at worst, a block shows as
/// text more than it should. A fence is left to close a block only where
/// that block certainly began at the top level, so that the same text read
/// after a list item's first words (as progenitor writes a parameter's
/// description) or after a blank line reads the same way.
pub fn inert_markdown(text: &str) -> String {
    let text = plain_chars(text);
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len() + 2);
    let mut state = State::Unsure { after_blank: false };
    // The text may follow a list item's first words on their line: its
    // first line can open nothing there that it opens alone. A blank line
    // first makes both read the same.
    if lines
        .first()
        .map(|l| Line::of(l))
        .is_some_and(|first| !first.prefixed && (first.fence().is_some() || first.could_be_code()))
    {
        out.push(String::new());
        state = State::Unsure { after_blank: true };
    }
    let mut previous_is_paragraph = false;
    // A line with a `|` may start a table, whose rows run to a blank line.
    let mut in_table = false;
    let mut i = 0;
    while i < lines.len() {
        let line = Line::of(lines[i]);
        let paragraph = previous_is_paragraph;
        previous_is_paragraph = false;
        in_table = !line.blank && (in_table || line.content.contains('|'));
        i += 1;

        if let State::Fence { ch, len } = state {
            match line.fence() {
                Some(f) if line.closes(ch, len, &f) => {
                    out.push(line.text.to_owned());
                    state = State::Top;
                }
                Some(f) => out.push(line.with_inert_info(&f)),
                None => out.push(line.text.to_owned()),
            }
            continue;
        }

        if line.blank {
            out.push(line.text.to_owned());
            state = match state {
                State::Html {
                    end: HtmlEnd::BlankLine,
                } => State::Unsure { after_blank: true },
                State::Unsure { .. } => State::Unsure { after_blank: true },
                other => other,
            };
            continue;
        }

        if let State::Html { end } = state {
            out.push(match line.fence() {
                Some(f) => line.with_inert_info(&f),
                None if line.could_be_code() => line.with_escaped_indent(),
                None => line.text.to_owned(),
            });
            if end.is_at(line.text) {
                state = State::Unsure { after_blank: false };
            }
            continue;
        }

        // Top or unsure, on a line with text.
        if line.could_be_code() && !paragraph {
            if line.prefixed {
                out.push(line.with_escaped_indent());
                state = State::Unsure { after_blank: false };
                continue;
            }
            // A run of indented lines (and the blank lines between them),
            // as a fenced block at the top level.
            let mut end = i;
            while end < lines.len() {
                let next = Line::of(lines[end]);
                if !(next.blank || (!next.prefixed && next.indent >= 4)) {
                    break;
                }
                end += 1;
            }
            while end > i && Line::of(lines[end - 1]).blank {
                end -= 1;
            }
            out.push("```text".to_owned());
            for raw in std::iter::once(lines[i - 1]).chain(lines[i..end].iter().copied()) {
                let dedented = dedent(raw, 4);
                let inner = Line::of(&dedented);
                out.push(match inner.fence() {
                    Some(f) => inner.with_inert_info(&f),
                    None => dedented.clone(),
                });
            }
            out.push("```".to_owned());
            state = State::Top;
            i = end;
            continue;
        }

        if let Some(f) = line.fence() {
            out.push(line.with_inert_info(&f));
            let certain = !line.prefixed
                && match state {
                    State::Top => line.indent <= 3,
                    State::Unsure { .. } => line.indent <= 1,
                    _ => false,
                };
            state = if certain {
                State::Fence {
                    ch: f.ch,
                    len: f.len,
                }
            } else {
                State::Unsure { after_blank: false }
            };
            continue;
        }

        out.push(line.text.to_owned());
        if let Some(end) = HtmlEnd::starting(line.content) {
            state = if end.is_at(&line.content[1..]) {
                State::Unsure { after_blank: false }
            } else {
                State::Html { end }
            };
            continue;
        }
        state = match state {
            _ if line.prefixed => State::Unsure { after_blank: false },
            State::Unsure { after_blank: true } if line.indent <= 1 => State::Top,
            State::Unsure { .. } => State::Unsure { after_blank: false },
            other => other,
        };
        previous_is_paragraph = line.is_paragraph() && !in_table;
    }
    // Nothing left open for what follows.
    match state {
        State::Fence { ch, len } => out.push(ch.to_string().repeat(len)),
        State::Html { end } => out.push(end.closing().to_owned()),
        State::Top | State::Unsure { .. } => {}
    }
    out.join("\n")
}

/// `text` for the inside of one line of Markdown or of a manifest string:
/// line breaks, tabs and other control characters as single spaces, runs
/// of spaces as one, no space at either end, and the characters that
/// reorder text as escapes.
pub fn one_line(text: &str) -> String {
    plain_chars(text)
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` as a TOML string value, quotes and escapes included, so that no
/// character of it can end the string.
pub fn toml_string(text: &str) -> String {
    toml_edit::Value::from(text).to_string()
}

/// Line breaks as `\n`, and the characters that reorder text written as
/// `\u{...}`.
fn plain_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                out.push_str(&c.escape_unicode().to_string());
            }
            c => out.push(c),
        }
    }
    out
}

/// What is known of the Markdown around a line, as rustdoc will read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// At the top level: no list, quote or HTML block open.
    Top,
    /// Inside a fenced code block opened at the top level (with `ch`,
    /// `len` times), or inside one that began before it.
    Fence { ch: char, len: usize },
    /// Possibly inside a list or a quote, or after a line of unknown
    /// context; `after_blank` when the line before was blank.
    Unsure { after_blank: bool },
    /// Possibly inside an HTML block, which ends as `end` says.
    Html { end: HtmlEnd },
}

/// How an HTML block ends (CommonMark's seven kinds, by their end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HtmlEnd {
    /// At a line that holds one of these.
    Marker(&'static [&'static str]),
    /// At a blank line.
    BlankLine,
}

impl HtmlEnd {
    /// The end of the HTML block that `content` (a line without its
    /// indentation and list and quote markers) may start, by CommonMark's
    /// start conditions, each read loosely (so that every block rustdoc
    /// finds is found): a tag of raw text, a comment, a processing
    /// instruction, a declaration or CDATA end at their markers; a block
    /// tag, or a line that is one tag alone, at a blank line.
    fn starting(content: &str) -> Option<HtmlEnd> {
        const RAW: &[&str] = &["</script>", "</pre>", "</style>", "</textarea>"];
        const BLOCK: &[&str] = &[
            "address",
            "article",
            "aside",
            "base",
            "basefont",
            "blockquote",
            "body",
            "caption",
            "center",
            "col",
            "colgroup",
            "dd",
            "details",
            "dialog",
            "dir",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "frame",
            "frameset",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "head",
            "header",
            "hr",
            "html",
            "iframe",
            "legend",
            "li",
            "link",
            "main",
            "menu",
            "menuitem",
            "nav",
            "noframes",
            "ol",
            "optgroup",
            "option",
            "p",
            "param",
            "search",
            "section",
            "source",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "title",
            "tr",
            "track",
            "ul",
        ];
        let rest = content.strip_prefix('<')?;
        let lower = rest.to_ascii_lowercase();
        let name: String = lower
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if ["script", "pre", "style", "textarea"]
            .iter()
            .any(|tag| lower.starts_with(tag))
        {
            Some(HtmlEnd::Marker(RAW))
        } else if rest.starts_with("!--") {
            Some(HtmlEnd::Marker(&["-->"]))
        } else if rest.starts_with('?') {
            Some(HtmlEnd::Marker(&["?>"]))
        } else if rest.starts_with("![CDATA[") {
            Some(HtmlEnd::Marker(&["]]>"]))
        } else if rest.starts_with('!') {
            Some(HtmlEnd::Marker(&[">"]))
        } else if BLOCK.contains(&name.as_str())
            || (name.starts_with(|c: char| c.is_ascii_alphabetic())
                && content.trim_end().ends_with('>'))
        {
            Some(HtmlEnd::BlankLine)
        } else {
            None
        }
    }

    /// Whether the block ends at (after) a line with this text.
    fn is_at(self, text: &str) -> bool {
        match self {
            HtmlEnd::Marker(markers) => {
                let lower = text.to_ascii_lowercase();
                markers.iter().any(|m| lower.contains(m))
            }
            HtmlEnd::BlankLine => text.trim().is_empty(),
        }
    }

    /// A line that ends the block.
    fn closing(self) -> &'static str {
        match self {
            HtmlEnd::Marker(markers) => markers[0],
            HtmlEnd::BlankLine => "",
        }
    }
}

/// A fence: its character, how many, and its info string.
struct Fence<'a> {
    ch: char,
    len: usize,
    info: &'a str,
    /// Where the fence starts in the line's text.
    at: usize,
}

/// One line, and what its start says about it.
struct Line<'a> {
    text: &'a str,
    blank: bool,
    /// Columns of leading whitespace (a tab counts 4, never less than
    /// rustdoc counts it).
    indent: usize,
    /// Whether list or quote markers stand before the content.
    prefixed: bool,
    /// Columns of whitespace after the last marker.
    inner_indent: usize,
    /// Where that whitespace starts.
    inner_start: usize,
    /// The line from its first character that is no indentation or marker.
    content: &'a str,
}

impl<'a> Line<'a> {
    fn of(text: &'a str) -> Line<'a> {
        let columns = |ws: &str| ws.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum();
        let is_ws = |c: char| c == ' ' || c == '\t';
        let indent_end = text.find(|c| !is_ws(c)).unwrap_or(text.len());
        let mut at = indent_end;
        let mut prefixed = false;
        let mut inner_start = 0;
        loop {
            let rest = &text[at..];
            let marker = if rest.starts_with('>') {
                1
            } else {
                list_marker(rest)
            };
            if marker == 0 {
                break;
            }
            prefixed = true;
            at += marker;
            inner_start = at;
            at += text[at..].find(|c| !is_ws(c)).unwrap_or(text.len() - at);
        }
        Line {
            text,
            blank: text.trim().is_empty(),
            indent: columns(&text[..indent_end]),
            prefixed,
            inner_indent: if prefixed {
                columns(&text[inner_start..at])
            } else {
                0
            },
            inner_start,
            content: &text[at..],
        }
    }

    /// The fence this line would be, wherever it stands.
    fn fence(&self) -> Option<Fence<'a>> {
        let ch = self
            .content
            .chars()
            .next()
            .filter(|c| *c == '`' || *c == '~')?;
        let len = self.content.chars().take_while(|c| *c == ch).count();
        let info = self.content[len..].trim();
        // A backtick fence's info string has no backtick: this is inline code.
        if len < 3 || (ch == '`' && info.contains('`')) {
            return None;
        }
        Some(Fence {
            ch,
            len,
            info,
            at: self.text.len() - self.content.len(),
        })
    }

    /// Whether this line closes a fence of `len` `ch`s opened at the top
    /// level, for certain.
    fn closes(&self, ch: char, len: usize, fence: &Fence<'_>) -> bool {
        !self.prefixed
            && self.indent <= 3
            && fence.info.is_empty()
            && fence.ch == ch
            && fence.len >= len
    }

    /// The line with the fence's info string made one rustdoc does not test.
    fn with_inert_info(&self, fence: &Fence<'_>) -> String {
        let run = &self.text[fence.at..fence.at + fence.len];
        let info = if is_plain_language(fence.info) {
            fence.info
        } else {
            "text"
        };
        format!("{}{run}{info}", &self.text[..fence.at])
    }

    /// Whether the line is indented enough to be code, were it to start a
    /// block.
    fn could_be_code(&self) -> bool {
        !self.blank
            && if self.prefixed {
                self.inner_indent >= 5
            } else {
                self.indent >= 4
            }
    }

    /// The line with the first column of the indentation before its
    /// content written as `&#32;`, which is text to Markdown: the line
    /// cannot be indented code.
    fn with_escaped_indent(&self) -> String {
        let start = if self.prefixed { self.inner_start } else { 0 };
        let width = self.text[start..].chars().next().map_or(0, char::len_utf8);
        format!(
            "{}&#32;{}",
            &self.text[..start],
            &self.text[start + width..]
        )
    }

    /// Whether the line is certainly a paragraph's text, which a following
    /// indented line continues (and does not start code after).
    fn is_paragraph(&self) -> bool {
        !self.blank
            && !self.could_be_code()
            && self
                .content
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || "(\"'".contains(c))
    }
}

/// The length of the list marker (`-`, `+`, `*`, or up to nine digits and
/// `.` or `)`, then a space, a tab or the end of the line) that starts
/// `text`, or 0.
fn list_marker(text: &str) -> usize {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let len = match text[digits..].chars().next() {
        Some('-' | '+' | '*') if digits == 0 => 1,
        Some('.' | ')') if (1..=9).contains(&digits) => digits + 1,
        _ => return 0,
    };
    match text[len..].chars().next() {
        None | Some(' ' | '\t') => len,
        _ => 0,
    }
}

/// Whether a fence's info string is one plain word that rustdoc does not
/// read as Rust: it tests blocks with no info string, `rust`, and its own
/// words (`ignore`, `no_run`, ...), and any block whose info string lists
/// one of them among others.
fn is_plain_language(info: &str) -> bool {
    const RUSTDOC: &[&str] = &[
        "rust",
        "ignore",
        "should_panic",
        "no_run",
        "compile_fail",
        "test_harness",
        "standalone_crate",
        "allow_fail",
        "custom",
    ];
    let word = info.to_ascii_lowercase();
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-_".contains(c));
    let error_code = word
        .strip_prefix('e')
        .is_some_and(|digits| !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()));
    let rustdoc = RUSTDOC.contains(&word.as_str())
        || word.starts_with("ignore-")
        || word.starts_with("edition")
        || error_code;
    plain && !rustdoc
}

/// `line` without up to `columns` columns of leading whitespace.
fn dedent(line: &str, columns: usize) -> String {
    let mut taken = 0;
    let mut at = 0;
    for c in line.chars() {
        let width = match c {
            ' ' => 1,
            '\t' => 4,
            _ => break,
        };
        if taken + width > columns {
            break;
        }
        taken += width;
        at += 1;
    }
    line[at..].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_code_blocks_become_text_and_other_languages_stay() {
        assert_eq!(
            inert_markdown("Look:\n\n```rust\npanic!()\n```\n\nDone."),
            "Look:\n\n```text\npanic!()\n```\n\nDone."
        );
        for info in [
            "",
            "rust",
            "ignore",
            "no_run",
            "should_panic",
            "compile_fail",
            "edition2021",
            "rust,ignore",
            "json,rust",
            "{.rust}",
            "ignore-x86",
            "E0308",
            "Rust",
        ] {
            assert_eq!(
                inert_markdown(&format!("A:\n\n```{info}\nx\n```")),
                "A:\n\n```text\nx\n```",
                "{info:?}"
            );
        }
        for info in ["json", "yaml", "http", "sh", "text"] {
            let text = format!("A:\n\n```{info}\nx\n```");
            assert_eq!(inert_markdown(&text), text);
        }
        // Tildes, and a longer fence whose content holds a shorter one.
        assert_eq!(
            inert_markdown("A:\n\n~~~\n```rust\n~~~"),
            "A:\n\n~~~text\n```text\n~~~"
        );
    }

    #[test]
    fn indented_code_becomes_a_text_block() {
        assert_eq!(
            inert_markdown("A:\n\n    fn main() {}\n\n    more\n\nB."),
            "A:\n\n```text\nfn main() {}\n\nmore\n```\n\nB."
        );
        // A paragraph's indented line continues it: no code there.
        let continued = "A line\n    that goes on.";
        assert_eq!(inert_markdown(continued), continued);
        // After a heading it is code.
        assert_eq!(inert_markdown("# A\n    x"), "# A\n```text\nx\n```");
    }

    #[test]
    fn text_without_code_blocks_is_kept() {
        for text in [
            "",
            "One line.",
            "A paragraph\nover two lines.\n\n- a list\n- of items\n\n1. numbered\n2. items\n",
            "Values:\n  - `a`: first\n  - `b`: second",
            "> a quote\n\nA `code` span, and ``` inline ``` too.",
            "<b>bold</b> text",
        ] {
            assert_eq!(inert_markdown(text), text, "{text:?}");
        }
    }

    #[test]
    fn blocks_in_lists_and_quotes_become_text() {
        assert_eq!(
            inert_markdown("A:\n- ```rust\n  panic!()\n  ```"),
            "A:\n- ```text\n  panic!()\n  ```text"
        );
        assert_eq!(
            inert_markdown("> ```\n> panic!()\n> ```"),
            "> ```text\n> panic!()\n> ```text"
        );
        // Indented code inside a quote or list item.
        assert_eq!(inert_markdown(">     panic!()"), ">&#32;    panic!()");
        assert_eq!(inert_markdown("-     panic!()"), "-&#32;    panic!()");
    }

    #[test]
    fn a_fence_closes_only_a_block_that_began_at_the_top_level() {
        // A list item's block ends with the item; the next bare fence
        // opens a block, and must not be read as Rust.
        assert_eq!(
            inert_markdown("- a\n\n  ```\n  x\n```\npanic!()\n```"),
            "- a\n\n  ```text\n  x\n```text\npanic!()\n```"
        );
        // HTML may hold what looks like a fence.
        assert_eq!(
            inert_markdown("<pre>\n```\n</pre>\n```\npanic!()\n```"),
            "<pre>\n```text\n</pre>\n```text\npanic!()\n```"
        );
    }

    #[test]
    fn the_first_line_reads_the_same_after_a_list_item_s_words() {
        // progenitor writes a parameter's description after `- `name`: `.
        assert_eq!(
            inert_markdown("```\n```\npanic!()\n```"),
            "\n```text\n```\npanic!()\n```text\n```"
        );
        assert_eq!(inert_markdown("    panic!()"), "\n```text\npanic!()\n```");
    }

    #[test]
    fn nothing_is_left_open() {
        assert_eq!(
            inert_markdown("A:\n\n```json\n{}"),
            "A:\n\n```json\n{}\n```"
        );
        assert_eq!(inert_markdown("<!-- a"), "<!-- a\n-->");
        assert_eq!(inert_markdown("<div>\nx"), "<div>\nx\n");
    }

    #[test]
    fn line_breaks_and_reordering_characters_are_plain() {
        assert_eq!(inert_markdown("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(inert_markdown("a\u{202E}b"), "a\\u{202e}b");
        assert_eq!(
            one_line("Evil\"\nbuild = \"x.rs\"\r\n\t#  "),
            "Evil\" build = \"x.rs\" #"
        );
    }

    #[test]
    fn doc_text_stays_doc_text_through_the_printer() {
        // prettyplease writes a doc attribute as `///`, `/** */` or
        // `#[doc = "..."]`: whichever it picks, the text comes back as it
        // went in, and adds no attribute, item or comment of its own.
        for doc in [
            "a */ b",
            "a\n*/\nb",
            "/ a slash first",
            "* a star first\nand a second line",
            "/* a comment opened\nand not closed",
            "#![deny(warnings)]",
            "#![deny(warnings)]\n*/ #![deny(warnings)]",
            "a \"quote\" and a \\ backslash",
        ] {
            let item: syn::File = syn::parse_quote! {
                #[doc = #doc]
                pub struct S;
            };
            let printed = prettyplease::unparse(&item);
            let file = syn::parse_file(&printed).unwrap_or_else(|e| panic!("{e}:\n{printed}"));
            assert!(file.attrs.is_empty(), "{printed}");
            let [syn::Item::Struct(s)] = file.items.as_slice() else {
                panic!("{printed}");
            };
            let [attr] = s.attrs.as_slice() else {
                panic!("{printed}");
            };
            let syn::Meta::NameValue(meta) = &attr.meta else {
                panic!("{printed}");
            };
            let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &meta.value
            else {
                panic!("{printed}");
            };
            assert_eq!(text.value(), doc, "{printed}");
        }
    }

    #[test]
    fn toml_strings_hold_any_text() {
        for text in ["plain", "a \"quote\"", "it's", "a\nb", "\\", "'''\"\"\""] {
            let document: toml_edit::DocumentMut =
                format!("key = {}\n", toml_string(text)).parse().unwrap();
            assert_eq!(document["key"].as_str(), Some(text));
            assert_eq!(document.len(), 1);
        }
    }
}
