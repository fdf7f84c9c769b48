//! The consumer's call over HTTP, a client for an `https://` server, and
//! which TLS stack `features = ["rustls-ring"]` compiles.

use std::process::Command;

#[path = "../../common/server.rs"]
mod server;

const ORDERS: &str = r#"{"data":{"orders":[{"id":"o1","status":"CANCELED"}]}}"#;

#[tokio::test]
async fn a_team_calls_the_api_through_the_crate() {
    let (base_url, server) = server::answer_once(ORDERS);
    let statuses = consumer_tls_ring::subscription_statuses(&base_url, "c1")
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

/// reqwest without a provider of its own takes the process's, and fails
/// to build a client when there is none: the runtime installs ring.
#[test]
fn a_client_for_an_https_server_builds_with_ring() {
    consumer_tls_ring::https_client().unwrap();
}

/// The packages in this crate's dependency tree (normal dependencies, as a
/// build of it compiles them).
fn dependency_tree() -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
    let output = Command::new(cargo)
        .args([
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
        ])
        .output()
        .unwrap();
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
fn rustls_ring_compiles_ring_and_no_aws_lc() {
    let tree = dependency_tree();
    for wanted in ["rustls", "ring"] {
        assert!(tree.iter().any(|p| p == wanted), "no `{wanted}`: {tree:?}");
    }
    for unwanted in ["aws-lc-rs", "aws-lc-sys"] {
        assert!(
            !tree.iter().any(|p| p == unwanted),
            "`{unwanted}` is compiled although every API crate is used with \
             features = [\"rustls-ring\"] only"
        );
    }
}
