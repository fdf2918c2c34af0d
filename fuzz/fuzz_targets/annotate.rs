//! Fuzzes the whole pipeline: any bytes, read as (lossy) UTF-8, must annotate
//! without a panic or a hang, and every span of the result must lie within
//! the text, on char boundaries, in byte offsets and after conversion to
//! UTF-16.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::{Analyzer, Document, Options, Unit};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analyzer = Analyzer::new();
    let dated = Options::new()
        .with_date("2025-07-04")
        .expect("a valid date parses");
    for options in [Options::new(), dated] {
        let doc = analyzer.annotate(&text, &options);
        check(&text, doc);
    }
});

/// Checks the span invariants of `doc`, made from `text`, in UTF-8 and UTF-16.
fn check(text: &str, mut doc: Document) {
    assert_eq!(doc.offsets, Unit::Utf8);
    assert_eq!(doc.length, text.len(), "document length in bytes");
    for span in doc.spans() {
        assert!(span.start <= span.end, "reversed span {span:?}");
        assert!(
            span.end <= text.len(),
            "span {span:?} past the text end {}",
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {span:?} splits a char"
        );
    }

    let n_utf16 = text.encode_utf16().count();
    doc.convert_offsets(text, Unit::Utf16);
    assert_eq!(doc.offsets, Unit::Utf16);
    assert_eq!(doc.length, n_utf16, "document length in UTF-16 units");
    for span in doc.spans() {
        assert!(span.start <= span.end, "reversed UTF-16 span {span:?}");
        assert!(
            span.end <= n_utf16,
            "UTF-16 span {span:?} past the text end {n_utf16}"
        );
    }
}
