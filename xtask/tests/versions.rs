//! Every version a spec may be written in gives the same Rust for the same
//! API: each of the repository's specs, rewritten in OpenAPI 3.1 (type
//! lists for nullable fields, `examples`, `const` for one-value enums),
//! generates exactly its crate's `generated.rs`, and `diff` sees no change
//! between the two; `cargo xtask upgrade` writes that rewrite.

use std::path::Path;

use spec_model::spec::Spec;
use spec_model::version::{Version, upgrade};
use spec_model::workspace;
use xtask::diff::rust::RustView;
use xtask::diff::{api_changes, rust_changes};

fn root() -> std::path::PathBuf {
    workspace::root().expect("the workspace")
}

#[test]
fn each_spec_rewritten_in_3_1_generates_its_crate_unchanged() {
    let root = root();
    let apis = workspace::apis(&root).unwrap();
    assert_eq!(apis.len(), 4);
    let mut written_31 = String::new();
    for api in apis {
        let path = api.spec_path();
        let spec = Spec::load(&root, &path).unwrap();
        assert_eq!(spec.version, Version::OpenApi30, "{}", path.display());
        let text = upgrade::to_yaml(&upgrade::to_openapi_31(&spec.document));
        assert!(text.starts_with("openapi: \"3.1.0\"\n"), "{text}");
        assert!(!text.contains("nullable"), "{}", path.display());
        let again = Spec::parse(&path, &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(again.version, Version::OpenApi31);
        let generated = xtask::codegen::generate(&again).unwrap_or_else(|e| panic!("{e}"));
        let committed =
            std::fs::read_to_string(root.join(api.crate_dir()).join("src/generated.rs")).unwrap();
        assert!(
            generated.text == committed,
            "{}: the 3.1 spec generates other code than generated.rs",
            path.display()
        );
        let before = xtask::codegen::generate(&spec).unwrap();
        let surface = |tree| RustView::of_file(tree).unwrap();
        assert_eq!(api_changes(&spec, &again), [], "{}", path.display());
        assert_eq!(
            rust_changes(&surface(&before.tree), &surface(&generated.tree)),
            [],
            "{}",
            path.display()
        );
        written_31.push_str(&text);
    }
    // The rewrite used 3.1's spelling of what 3.0 writes otherwise (no
    // enum of these specs has one value: `const` is in the corpus's 3.1
    // case).
    for construct in ["- \"null\"", "examples:"] {
        assert!(
            written_31.contains(construct),
            "no {construct} in the 3.1 specs"
        );
    }
}

#[test]
fn the_upgrade_command_rewrites_a_spec_in_3_1_and_writes_nothing_it_cannot_prove() {
    let root = root();
    let scratch = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(scratch.path().join("specs")).unwrap();
    let spec = Path::new("specs/fabric-subscriptions.yaml");
    std::fs::copy(root.join(spec), scratch.path().join(spec)).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["upgrade", "specs/fabric-subscriptions.yaml"])
        .env("XTASK_WORKSPACE_ROOT", scratch.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(scratch.path().join(spec)).unwrap();
    let upgraded = Spec::parse(spec, &text).unwrap();
    assert_eq!(upgraded.version, Version::OpenApi31);
    assert!(text.contains("- \"null\""), "{text}");

    // A second run leaves the 3.1 spec as it is.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["upgrade", "specs/fabric-subscriptions.yaml"])
        .env("XTASK_WORKSPACE_ROOT", scratch.path())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("already OpenAPI 3.1"));
    assert_eq!(
        std::fs::read_to_string(scratch.path().join(spec)).unwrap(),
        text
    );

    // A spec that does not read is named, and left as it was.
    let broken = Path::new("specs/broken.yaml");
    std::fs::write(scratch.path().join(broken), "swagger: \"2.0\"\ninfo: [x]\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["upgrade", "specs/broken.yaml"])
        .env("XTASK_WORKSPACE_ROOT", scratch.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("specs/broken.yaml:2:"));
    assert_eq!(
        std::fs::read_to_string(scratch.path().join(broken)).unwrap(),
        "swagger: \"2.0\"\ninfo: [x]\n"
    );
}

#[test]
fn lint_speaks_of_a_swagger_2_spec_in_its_own_terms() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint");
    let findings = xtask::lint::lint_file(&dir, Path::new("response-example-2-0.yaml"));
    assert_eq!(findings.len(), 1, "{findings:?}");
    let shown = findings[0].to_string();
    assert!(
        shown.starts_with("response-example-2-0.yaml:44:11: ")
            && shown.contains("add `examples: {application/json: ...}`"),
        "{shown}"
    );
    // The node is named as written.
    assert_eq!(
        findings[0].pointer,
        "/paths/~1things~1{thingId}/get/responses/200/schema"
    );
}

/// The corpus's Swagger 2.0 case, moved to OpenAPI 3.1 the way `upgrade`
/// writes it: `diff` sees no change in either view.
#[test]
fn a_swagger_2_spec_moved_to_3_1_is_no_change_for_diff() {
    let path = Path::new("specs/swagger-2.yaml");
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("codegen-corpus/cases/swagger-2.yaml"),
    )
    .unwrap();
    let two = Spec::parse(path, &text).unwrap();
    let moved = upgrade::to_yaml(&upgrade::to_openapi_31(&two.document));
    let three_one = Spec::parse(path, &moved).unwrap_or_else(|e| panic!("{e}\n{moved}"));
    assert_eq!(
        (two.version, three_one.version),
        (Version::Swagger20, Version::OpenApi31)
    );
    let generated = |spec: &Spec| xtask::codegen::generate(spec).unwrap();
    let (before, after) = (generated(&two), generated(&three_one));
    assert_eq!(before.text, after.text);
    assert_eq!(api_changes(&two, &three_one), []);
    let surface = |tree| RustView::of_file(tree).unwrap();
    assert_eq!(
        rust_changes(&surface(&before.tree), &surface(&after.tree)),
        []
    );
}

/// `conform` reads a Swagger 2.0 spec as written: its server from `host`
/// and `basePath` (the captured URL is matched to the operation), and its
/// response schema from `schema` (the missing required field is found).
#[test]
fn conform_checks_captured_traffic_against_a_swagger_2_spec() {
    let workspace = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(workspace.path().join("specs")).unwrap();
    std::fs::write(
        workspace.path().join("specs/parcels.yaml"),
        "swagger: '2.0'\ninfo: {title: p, version: '1'}\nhost: p.example\nbasePath: /v2\n\
         produces: [application/json]\npaths:\n  /parcels/{id}:\n    get:\n\
         \x20     operationId: getParcel\n      parameters:\n\
         \x20       - {name: id, in: path, required: true, type: string}\n\
         \x20     responses:\n        '200':\n          description: ok\n\
         \x20         schema: {$ref: '#/definitions/Parcel'}\n\
         definitions:\n  Parcel:\n    type: object\n    required: [id, weight]\n\
         \x20   properties:\n      id: {type: string}\n      weight: {type: number}\n",
    )
    .unwrap();
    let entry = serde_json::json!({
        "startedDateTime": "2024-06-13T16:50:00.682Z",
        "time": 1,
        "request": {"method": "GET", "url": "https://p.example/v2/parcels/p-1", "httpVersion": "HTTP/1.1",
                    "cookies": [], "headers": [], "queryString": [], "headersSize": -1, "bodySize": 0},
        "response": {"status": 200, "statusText": "", "httpVersion": "HTTP/1.1", "cookies": [],
                     "headers": [], "content": {"size": 12, "mimeType": "application/json", "text": "{\"id\":\"p-1\"}"},
                     "redirectURL": "", "headersSize": -1, "bodySize": -1},
        "cache": {},
        "timings": {"send": 0, "wait": 1, "receive": 0},
    });
    let har = serde_json::json!({"log": {"version": "1.2", "creator": {"name": "t", "version": "1"},
        "entries": [entry]}});
    let capture = workspace.path().join("session.har");
    std::fs::write(&capture, har.to_string()).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["conform"])
        .arg(&capture)
        .env("XTASK_WORKSPACE_ROOT", workspace.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("1 matched an operation"), "{stdout}");
    assert!(
        stdout.contains("| parcels | `getParcel` | response 200 | `/weight` | required, absent |"),
        "{stdout}"
    );
}

/// `cargo xtask diff` on a git repository whose spec moved from Swagger 2.0
/// to OpenAPI 3.1 with `upgrade`: no change for consumers, in either view.
#[test]
fn the_diff_command_sees_no_change_when_upgrade_moves_a_spec_from_2_0_to_3_1() {
    let root = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint/clean-2-0.yaml");
    std::fs::create_dir_all(root.path().join("specs")).unwrap();
    std::fs::copy(fixture, root.path().join("specs/clean.yaml")).unwrap();
    std::fs::create_dir_all(root.path().join("crates/clean")).unwrap();
    std::fs::write(
        root.path().join("crates/clean/Cargo.toml"),
        "[package]\nname = \"clean\"\nversion = \"0.1.0\"\n",
    )
    .unwrap();
    let run = |program: &str, args: &[&str]| {
        std::process::Command::new(program)
            .args(args)
            .current_dir(root.path())
            .env("XTASK_WORKSPACE_ROOT", root.path())
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
            .output()
            .unwrap()
    };
    for args in [
        &["init", "-q"][..],
        &["add", "."],
        &["commit", "-q", "-m", "2.0"],
    ] {
        assert!(run("git", args).status.success());
    }
    let xtask = env!("CARGO_BIN_EXE_xtask");
    assert!(
        run(xtask, &["upgrade", "specs/clean.yaml"])
            .status
            .success()
    );
    let text = std::fs::read_to_string(root.path().join("specs/clean.yaml")).unwrap();
    assert!(text.starts_with("openapi: \"3.1.0\""), "{text}");
    let out = run(xtask, &["diff", "--base", "HEAD"]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{report}");
    // The spec's text changed, and nothing a consumer sees: the same
    // meaning, the same generated code, so no change at all (and no bump
    // proposed).
    assert!(report.contains("No spec changes since `HEAD`."), "{report}");
    assert!(!report.contains("| "), "no change is listed:\n{report}");
}
