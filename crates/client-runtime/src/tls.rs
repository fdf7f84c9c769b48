//! The TLS provider, with the `rustls-ring` feature.

/// With `rustls-ring` (and not `rustls`, whose aws-lc-rs reqwest uses by
/// itself), installs ring as the process's rustls provider before a client
/// is built, unless the application installed one already; reqwest built
/// without a provider of its own takes the process's. Without the feature,
/// nothing.
pub(crate) fn install_provider() {
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls")))]
    {
        // An error is a provider installed already: it is kept.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}
