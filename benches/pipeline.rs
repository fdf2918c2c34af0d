//! Throughput of the whole pipeline on the sample articles: `cargo bench`.
fn main() {}
