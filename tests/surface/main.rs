//! Each generated crate's public surface (operations with their method,
//! path, parameters, success and error types; models with their fields and
//! variants), read from its generated file and snapshotted, so that a spec
//! change shows up as a snapshot diff a reviewer can read. Review one with
//! `cargo insta review`.

use spec_model::surface::{MockSurface, Surface};

#[test]
fn each_generated_crate_matches_its_surface_snapshot() {
    let root = spec_model::workspace::root().expect("the workspace root");
    let apis = spec_model::workspace::apis(&root).expect("specs/ lists");
    assert!(!apis.is_empty());
    for entry in
        std::fs::read_dir(root.join("tests/surface/snapshots")).expect("the snapshots folder")
    {
        let file = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            apis.iter()
                .any(|api| file == format!("surface__{}.snap", api.name)),
            "{file} belongs to no API in specs/: delete it"
        );
    }
    for api in apis {
        let path = api.generated_path();
        let source = std::fs::read_to_string(root.join(&path))
            .unwrap_or_else(|e| panic!("{}: {e}; run `cargo xtask codegen`", path.display()));
        let surface =
            Surface::of_source(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mock_path = api.mock_generated_path();
        let mock_source = std::fs::read_to_string(root.join(&mock_path))
            .unwrap_or_else(|e| panic!("{}: {e}; run `cargo xtask codegen`", mock_path.display()));
        let mock = MockSurface::of_source(&mock_source)
            .unwrap_or_else(|e| panic!("{}: {e}", mock_path.display()));
        insta::with_settings!({
            description => format!("The public surface of {} and {}, generated from {}", api.crate_dir().display(), api.mock_crate_dir().display(), api.spec_path().display()),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(api.name.clone(), format!("{surface}\n{mock}"));
        });
    }
}
