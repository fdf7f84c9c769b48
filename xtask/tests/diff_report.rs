//! `cargo xtask diff`: small specs that plant one change each beside a base
//! spec (the lint suite's clean one), and the command on a scratch git
//! repository.

use std::path::Path;
use std::process::Command;

use spec_model::spec::Spec;
use xtask::diff::{Change, Impact, next_version};

mod planted;

use planted::{BASE, PLANTS};

fn parse(text: &str) -> Spec {
    Spec::parse(Path::new("specs/clean.yaml"), text).unwrap_or_else(|e| panic!("{e}"))
}

/// The base with `edits` applied, each of which must apply.
fn planted(edits: &[(&str, &str)]) -> String {
    let mut text = BASE.to_owned();
    for (old, new) in edits {
        assert!(text.contains(old), "the base has no {old:?}");
        text = text.replacen(old, new, 1);
    }
    text
}

fn changes(head: &str) -> (Vec<Change>, Vec<Change>) {
    let (base, head) = (parse(BASE), parse(head));
    xtask::diff::compare(&base, &head)
}

fn assert_has(changes: &[Change], impact: Impact, place: &str, what: &str) {
    assert!(
        changes
            .iter()
            .any(|c| c.impact == impact && c.place == place && c.what == what),
        "expected {impact:?} `{what}` at `{place}` in:\n{changes:#?}"
    );
}

#[test]
fn an_unchanged_spec_has_no_changes() {
    let (api, rust) = changes(BASE);
    assert_eq!(api, []);
    assert_eq!(rust, []);
}

#[test]
fn a_removed_response_property_is_breaking_in_both_views() {
    let head = planted(&[(
        "        id:\n          type: string\n          description: The thing's ID.\n          example: t1\n",
        "",
    )]);
    let (api, rust) = changes(&head);
    assert_has(
        &api,
        Impact::Breaking,
        "`getThing` response 200: `id`",
        "response property removed",
    );
    assert_has(
        &rust,
        Impact::Breaking,
        "`types::Thing` `.id`",
        "field removed: code reading it no longer compiles",
    );
}

#[test]
fn an_added_response_property_is_not_breaking() {
    let head = planted(&[(
        "        kind:\n          $ref: \"#/components/schemas/Kind\"\n    Kind:",
        "        kind:\n          $ref: \"#/components/schemas/Kind\"\n        size:\n          type: integer\n          description: Size.\n    Kind:",
    )]);
    let (api, rust) = changes(&head);
    assert_has(
        &api,
        Impact::NonBreaking,
        "`getThing` response 200: `size`",
        "optional response property added",
    );
    assert_has(
        &rust,
        Impact::NonBreaking,
        "`types::Thing` `.size`",
        "field added (the type is `#[non_exhaustive]`)",
    );
    assert!(
        api.iter()
            .chain(&rust)
            .all(|c| c.impact == Impact::NonBreaking),
        "{api:#?} {rust:#?}"
    );
}

#[test]
fn a_new_required_parameter_is_breaking_and_a_new_optional_one_is_not() {
    let parameter = |required: &str| {
        planted(&[(
            "        - name: kind\n",
            &format!(
                "        - name: color\n          in: query\n          required: {required}\n          description: Color.\n          schema:\n            type: string\n        - name: kind\n"
            ),
        )])
    };
    let (api, rust) = changes(&parameter("true"));
    assert_has(
        &api,
        Impact::Breaking,
        "`getThing` query parameter `color`",
        "required parameter added",
    );
    assert_has(
        &rust,
        Impact::Breaking,
        "`Client::get_thing` `.color()`",
        "new required setter: `send()` fails without it",
    );
    let (api, rust) = changes(&parameter("false"));
    assert_has(
        &api,
        Impact::NonBreaking,
        "`getThing` query parameter `color`",
        "optional parameter added",
    );
    assert_has(
        &rust,
        Impact::NonBreaking,
        "`Client::get_thing` `.color()`",
        "new optional setter",
    );
}

#[test]
fn a_parameter_made_required_is_breaking() {
    let head = planted(&[(
        "          description: Only things of these kinds.\n",
        "          description: Only things of these kinds.\n          required: true\n",
    )]);
    let (api, rust) = changes(&head);
    assert_has(
        &api,
        Impact::Breaking,
        "`getThing` query parameter `kind`",
        "optional → required",
    );
    assert_has(
        &rust,
        Impact::Breaking,
        "`Client::get_thing` `.kind()`",
        "now required: `send()` fails without it",
    );
}

#[test]
fn a_removed_enum_value_is_breaking_and_an_added_one_is_not() {
    let (api, rust) = changes(&planted(&[("enum: [BIG, SMALL]", "enum: [BIG]")]));
    assert_has(
        &api,
        Impact::Breaking,
        "`getThing` response 200: `kind`",
        "enum value `SMALL` removed",
    );
    assert_has(
        &rust,
        Impact::Breaking,
        "`types::Kind`::Small",
        "variant removed: code naming it no longer compiles",
    );
    let (api, rust) = changes(&planted(&[(
        "enum: [BIG, SMALL]",
        "enum: [BIG, SMALL, HUGE]",
    )]));
    assert_has(
        &api,
        Impact::NonBreaking,
        "`getThing` response 200: `kind`",
        "enum value `HUGE` added",
    );
    assert_has(
        &rust,
        Impact::NonBreaking,
        "`types::Kind`::Huge",
        "variant added (the enum is `#[non_exhaustive]`)",
    );
}

#[test]
fn a_narrowed_type_is_breaking() {
    let head = planted(&[(
        "          description: What went wrong.\n",
        "          description: What went wrong.\n          maxLength: 10\n",
    )]);
    let (api, _) = changes(&head);
    // A limit on what the client receives is not its problem...
    assert_has(
        &api,
        Impact::NonBreaking,
        "`getThing` response 404: `message`",
        "`maxLength` none → 10",
    );
    // ...but a changed type is.
    let head = planted(&[(
        "        id:\n          type: string\n",
        "        id:\n          type: string\n          format: uuid\n",
    )]);
    let (api, _) = changes(&head);
    assert_has(
        &api,
        Impact::Breaking,
        "`getThing` response 200: `id`",
        "type changed from string to string (uuid)",
    );
}

#[test]
fn removed_operations_and_statuses_are_breaking() {
    let head = planted(&[(
        "        \"404\":\n          $ref: \"#/components/responses/NotFound\"\n",
        "        \"400\":\n          $ref: \"#/components/responses/NotFound\"\n",
    )]);
    let (api, _) = changes(&head);
    assert_has(
        &api,
        Impact::Breaking,
        "`getThing` response 404",
        "response status removed",
    );
    assert_has(
        &api,
        Impact::NonBreaking,
        "`getThing` response 400",
        "response status added",
    );
    let head = planted(&[("  /things/{thingId}:\n", "  /items/{thingId}:\n")]);
    let (api, rust) = changes(&head);
    // The operation keeps its name: it moved, which a release built before
    // the change does not follow.
    assert_has(
        &api,
        Impact::Breaking,
        "`getThing`",
        "GET /things/{thingId} → GET /items/{thingId}",
    );
    assert!(
        api.iter().all(|c| c.kind == "operation-path-changed"),
        "{api:#?}"
    );
    // The method keeps its name: the Rust API is the same.
    assert_eq!(rust, []);
}

#[test]
fn each_planted_change_gets_its_rust_api_verdict() {
    for plant in PLANTS {
        let (_, rust) = changes(&plant.spec());
        assert!(!rust.is_empty(), "{}: no Rust API change", plant.name);
        let breaking = rust.iter().any(|c| c.impact == Impact::Breaking);
        assert_eq!(
            breaking, plant.rust_breaking,
            "{}: Rust API changes {rust:#?}",
            plant.name
        );
    }
}

#[test]
fn versions_bump_by_cargo_semver() {
    assert_eq!(next_version("0.1.0", true), "0.2.0");
    assert_eq!(next_version("0.1.3", false), "0.1.4");
    assert_eq!(next_version("1.4.2", true), "2.0.0");
    assert_eq!(next_version("1.4.2", false), "1.5.0");
}

/// A scratch git repository with the base spec committed.
fn repository() -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(root.path().join("specs")).unwrap();
    std::fs::write(root.path().join("specs/clean.yaml"), BASE).unwrap();
    // The crate's version is inherited from the workspace's.
    std::fs::create_dir_all(root.path().join("crates/clean")).unwrap();
    std::fs::write(
        root.path().join("crates/clean/Cargo.toml"),
        "[package]\nname = \"clean\"\nversion.workspace = true\n",
    )
    .unwrap();
    std::fs::write(
        root.path().join("Cargo.toml"),
        "[workspace]\nmembers = [\"crates/*\"]\n\n[workspace.package]\nversion = \"0.1.0\"\n",
    )
    .unwrap();
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .args(args)
            .current_dir(root.path())
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    root
}

fn diff(root: &Path, base: &str) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["diff", "--base", base])
        .env("XTASK_WORKSPACE_ROOT", root)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

#[test]
fn the_command_reports_nothing_for_an_unchanged_spec_and_exits_zero() {
    let root = repository();
    assert_eq!(
        diff(root.path(), "HEAD"),
        (Some(0), "No spec changes since `HEAD`.\n".to_owned())
    );
}

#[test]
fn the_command_names_a_breaking_change_and_exits_one() {
    let root = repository();
    std::fs::write(
        root.path().join("specs/clean.yaml"),
        planted(&[("enum: [BIG, SMALL]", "enum: [BIG]")]),
    )
    .unwrap();
    let (code, report) = diff(root.path(), "HEAD");
    assert_eq!(code, Some(1), "{report}");
    assert!(
        report.contains("### `specs/clean.yaml` (changed) → crate `clean`: **breaking**"),
        "{report}"
    );
    assert!(
        report.contains(
            "| enum value `SMALL` removed | `getThing` response 200: `kind` | **breaking at compile time** | `response-property-enum-value-removed` | stop matching on the variant |"
        ),
        "{report}"
    );
    assert!(report.contains("Semver: `0.1.0` → `0.2.0`"), "{report}");
}

#[test]
fn the_command_exits_two_on_an_unknown_revision() {
    let root = repository();
    let (code, text) = diff(root.path(), "no-such-rev");
    assert_eq!(code, Some(2));
    assert!(
        text.contains("`no-such-rev` is not a git revision here"),
        "{text}"
    );
}

/// The changes between two specs, both the base with edits.
fn changes_between(base_edits: &[(&str, &str)], head_edits: &[(&str, &str)]) -> Vec<Change> {
    let (base, head) = (parse(&planted(base_edits)), parse(&planted(head_edits)));
    xtask::diff::compare(&base, &head).1
}

/// The base's `404`, and after it the statuses a test adds.
const NOT_FOUND: &str = "        \"404\":\n          $ref: \"#/components/responses/NotFound\"\n";

#[test]
fn an_error_status_with_another_body_changes_the_error_type() {
    // The errors were one type; a bodiless 410 beside the 404's body makes
    // them an enum, and code naming the old type no longer compiles.
    let rust = changes_between(
        &[],
        &[(
            NOT_FOUND,
            "        \"404\":\n          $ref: \"#/components/responses/NotFound\"\n        \"410\":\n          description: Gone.\n",
        )],
    );
    assert_has(
        &rust,
        Impact::Breaking,
        "`Client::get_thing`",
        "error type `Problem` → `GetThingError`",
    );
}

#[test]
fn a_status_added_to_an_enum_is_a_variant_added_and_a_removed_one_breaks() {
    let with_410 = [(
        NOT_FOUND,
        "        \"404\":\n          $ref: \"#/components/responses/NotFound\"\n        \"410\":\n          description: Gone.\n",
    )];
    let with_410_and_429 = [(
        NOT_FOUND,
        "        \"404\":\n          $ref: \"#/components/responses/NotFound\"\n        \"410\":\n          description: Gone.\n        \"429\":\n          description: Slow down.\n",
    )];
    let added = changes_between(&with_410, &with_410_and_429);
    assert_has(
        &added,
        Impact::NonBreaking,
        "`types::GetThingError`::TooManyRequests",
        "variant added (the enum is `#[non_exhaustive]`)",
    );
    assert!(
        added.iter().all(|c| c.impact == Impact::NonBreaking),
        "{added:#?}"
    );

    let removed = changes_between(&with_410_and_429, &with_410);
    assert_has(
        &removed,
        Impact::Breaking,
        "`types::GetThingError`::TooManyRequests",
        "variant removed: code naming it no longer compiles",
    );

    // A status whose body changes: its variant holds another type.
    let other_body = [(
        NOT_FOUND,
        "        \"404\":\n          description: No such thing.\n          content:\n            application/json:\n              schema:\n                $ref: \"#/components/schemas/Thing\"\n        \"410\":\n          description: Gone.\n",
    )];
    let changed = changes_between(&with_410, &other_body);
    assert_has(
        &changed,
        Impact::Breaking,
        "`types::GetThingError`::NotFound",
        "variant changed",
    );
}

fn xtask(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn explain_says_why_a_kind_has_its_verdict_and_refuses_an_unknown_one() {
    let (code, out, _) = xtask(&["diff", "--explain", "rust-field-added-required"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.starts_with("rust-field-added-required: "), "{out}");
    assert!(out.contains("verdict: breaking at run time"), "{out}");
    assert!(out.contains("a `Vec` too"), "{out}");
    let (code, _, err) = xtask(&["diff", "--explain", "field-added-required"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("no change kind `field-added-required`"),
        "{err}"
    );
    assert!(err.contains("rust-field-added-required"), "{err}");
}

#[test]
fn kinds_lists_every_kind_of_the_catalogue() {
    let (code, out, _) = xtask(&["diff", "--kinds"]);
    assert_eq!(code, Some(0));
    // A kind written one by one is a row; a family's is a cell, at its
    // place's column and its change's row.
    use xtask::diff::families::Place;
    for kind in xtask::diff::catalogue::KINDS.iter() {
        let in_a_grid = Place::ALL.iter().any(|p| {
            kind.id.strip_prefix(p.id()).is_some_and(|rest| {
                out.contains(&format!(" `{}` |", p.id()))
                    && out.contains(&format!("| `{}`: ", &rest[1..]))
            })
        });
        assert!(
            out.contains(&format!("| `{}` |", kind.id)) || in_a_grid,
            "{}",
            kind.id
        );
    }
}

#[test]
fn the_report_puts_breaking_changes_first_and_sums_up_each_crate() {
    let root = repository();
    // A breaking change (a value gone from an enum the parameter and the
    // response share) and one that is not (a property added to a response).
    std::fs::write(
        root.path().join("specs/clean.yaml"),
        planted(&[
            ("enum: [BIG, SMALL]", "enum: [BIG]"),
            (
                "        kind:\n          $ref: \"#/components/schemas/Kind\"\n    Kind:",
                "        kind:\n          $ref: \"#/components/schemas/Kind\"\n        size:\n          type: integer\n          description: Size.\n    Kind:",
            ),
        ]),
    )
    .unwrap();
    let (code, report) = diff(root.path(), "HEAD");
    assert_eq!(code, Some(1), "{report}");
    assert!(
        report.contains(
            "- crate `clean` `0.1.0` → `0.2.0`: 3 breaking at compile time, 0 at run time, 2 non-breaking"
        ),
        "{report}"
    );
    let breaking = report.find("enum value `SMALL` removed").unwrap();
    let added = report.find("response property added").unwrap();
    assert!(breaking < added, "{report}");
    assert!(!report.contains("disagree"), "{report}");
}

#[test]
fn security_is_compared_per_operation_an_empty_list_included() {
    // The API view reads each operation's own `security` (the generator
    // takes only the top-level one today, so this view alone is checked).
    let public = planted(&[(
        "      operationId: getThing\n",
        "      operationId: getThing\n      security: []\n",
    )]);
    let api = xtask::diff::api_changes(&parse(BASE), &parse(&public));
    assert_has(
        &api,
        Impact::NonBreaking,
        "`getThing` security",
        "credentials no longer needed",
    );
    let api = xtask::diff::api_changes(&parse(&public), &parse(BASE));
    assert_has(
        &api,
        Impact::Breaking,
        "`getThing` security",
        "credentials now needed",
    );
    let other = planted(&[
        (
            "      operationId: getThing\n",
            "      operationId: getThing\n      security:\n        - key: []\n",
        ),
        (
            "      scheme: bearer\n",
            "      scheme: bearer\n    key:\n      type: apiKey\n      in: header\n      name: X-Key\n",
        ),
    ]);
    let api = xtask::diff::api_changes(&parse(BASE), &parse(&other));
    assert_has(
        &api,
        Impact::Breaking,
        "`getThing` security",
        "`token` no longer accepted",
    );
    assert_has(
        &api,
        Impact::NonBreaking,
        "`getThing` security",
        "`key` now accepted",
    );
}

#[test]
fn a_spec_that_does_not_parse_is_named_with_its_line_and_column_and_exits_two() {
    let root = repository();
    std::fs::write(
        root.path().join("specs/clean.yaml"),
        BASE.replacen("paths:\n", "paths:\n  - [\n", 1),
    )
    .unwrap();
    let (code, text) = diff(root.path(), "HEAD");
    assert_eq!(code, Some(2), "{text}");
    let at = text
        .split("specs/clean.yaml:")
        .nth(1)
        .unwrap_or_else(|| panic!("no file named in {text}"));
    let mut position = at.split(':');
    let (line, column) = (position.next(), position.next());
    assert!(
        line.is_some_and(|l| l.parse::<u32>().is_ok())
            && column.is_some_and(|c| c
                .trim_start()
                .chars()
                .next()
                .is_some_and(|d| d.is_ascii_digit())),
        "{text}"
    );
    assert!(!text.contains("panicked"), "{text}");
}
