//! Gives the shared library a versioned soname, as cargo-c does
//! (`libiso9001.so.0.1` for 0.1.x: below 1.0 the minor is the ABI), so that
//! programs linked against an installed copy find a compatible one.
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        let major = std::env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_default();
        let minor = std::env::var("CARGO_PKG_VERSION_MINOR").unwrap_or_default();
        let soversion = if major == "0" { format!("0.{minor}") } else { major };
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libiso9001.so.{soversion}");
    }
}
