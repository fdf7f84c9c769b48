//! The consumer's call over HTTP, and what `default-features = false`
//! leaves out of its dependency tree.

use std::process::Command;

#[path = "../../common/server.rs"]
mod server;

const ORDERS: &str = r#"{"data":{"orders":[{"id":"o1","status":"CANCELED"}]}}"#;

#[tokio::test]
async fn a_team_calls_the_api_through_the_crate() {
    let (base_url, server) = server::answer_once(ORDERS);
    let statuses = consumer_tls_opt_in::subscription_statuses(&base_url, "c1")
        .await
        .unwrap();
    assert_eq!(statuses, ["CANCELED"]);
    assert!(
        server
            .join()
            .unwrap()
            .starts_with("GET /v1/customers/c1/orders")
    );
}

/// The packages in this crate's dependency tree (normal dependencies, as a
/// build of it compiles them), with or without its default features.
fn dependency_tree(default_features: bool) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
    let mut command = Command::new(cargo);
    command.args([
        "tree",
        "--locked",
        "--offline",
        "--manifest-path",
        manifest,
        "--edges",
        "normal",
        "--prefix",
        "none",
        "--format",
        "{p}",
    ]);
    if !default_features {
        command.arg("--no-default-features");
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn without_the_tls_feature_no_tls_stack_is_compiled() {
    let tree = dependency_tree(false);
    assert!(tree.iter().any(|p| p == "reqwest"), "{tree:?}");
    for tls in ["rustls", "aws-lc-rs", "hyper-rustls", "tokio-rustls"] {
        assert!(
            !tree.iter().any(|p| p == tls),
            "`{tls}` is compiled although every API crate is used with \
             default-features = false and no TLS feature"
        );
    }
}

#[test]
fn the_tls_feature_turns_rustls_on() {
    let tree = dependency_tree(true);
    assert!(tree.iter().any(|p| p == "rustls"), "{tree:?}");
}
