//! WebAssembly module of the iso9001 library (filled in by the bindings work).

/// The library version.
pub fn version() -> &'static str {
    iso9001::VERSION
}
