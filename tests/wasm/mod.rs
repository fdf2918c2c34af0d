//! Tests of the JavaScript binding, through the exported functions exactly
//! as JavaScript calls them. Run by .ci/run in Node and in Chromium.

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use newsmark::wasm::{annotate, version, Annotator};

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

fn num(value: &JsValue, key: &str) -> u32 {
    get(value, key).as_f64().unwrap() as u32
}

fn options(date: &str) -> JsValue {
    let object = Object::new();
    Reflect::set(&object, &"date".into(), &date.into()).unwrap();
    object.into()
}

/// Slices a JS string as `String.prototype.slice` does.
fn slice(text: &JsString, start: u32, end: u32) -> String {
    text.slice(start, end).into()
}

#[wasm_bindgen_test]
fn annotates_with_utf16_offsets() {
    let text = JsString::from("Caf\u{e9} \u{1F600} is open. NATO\u{2019}s \u{201C}plan\u{201D} works.\n\nNATO\u{2019}s Historic Spending Pledge\nLast week, leaders met.");
    let doc = annotate(&text, options("2025-07-04"), None).unwrap();
    assert_eq!(get(&doc, "schema"), "newsmark/1");
    assert_eq!(get(&doc, "offsets"), "utf16");
    assert_eq!(num(&doc, "length"), text.length());
    let sentences: Array = get(&doc, "sentences").dyn_into().unwrap();
    let first = sentences.get(0);
    assert_eq!(
        slice(&text, num(&first, "start"), num(&first, "end")),
        "Caf\u{e9} \u{1F600} is open."
    );
    let paragraphs: Array = get(&doc, "paragraphs").dyn_into().unwrap();
    let heading = paragraphs.get(1);
    assert_eq!(get(&heading, "kind"), "heading");
    assert_eq!(
        slice(&text, num(&heading, "start"), num(&heading, "end")),
        "NATO\u{2019}s Historic Spending Pledge"
    );
    assert!(get(&doc, "entities").is_array());
    assert!(get(&paragraphs.get(0), "duplicate_of").is_null());
    assert_eq!(get(&get(&doc, "date"), "value"), "2025-07-04");
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_and_get_a_diagnostic() {
    // "a\uD800 b. Next \uDC00one." with lone surrogates, as only JS can make.
    let units: Vec<u16> = "a\u{0} b. Next \u{0}one.".encode_utf16().collect();
    let units: Vec<u16> = units
        .iter()
        .enumerate()
        .map(|(i, &u)| match i {
            1 => 0xD800,
            11 => 0xDC00,
            _ => u,
        })
        .collect();
    let text = JsString::from_char_code(&units);
    assert!(!text.is_valid_utf16());
    let doc = annotate(&text, JsValue::UNDEFINED, None).unwrap();
    let sentences: Array = get(&doc, "sentences").dyn_into().unwrap();
    let second = sentences.get(1);
    assert_eq!(
        slice(&text, num(&second, "start"), num(&second, "end")),
        "Next \u{FFFD}one."
    );
    let diagnostics: Array = get(&doc, "diagnostics").dyn_into().unwrap();
    assert_eq!(get(&diagnostics.get(0), "code"), "replacement-characters");
}

#[wasm_bindgen_test]
fn bad_options_are_js_errors_with_clear_messages() {
    let text = JsString::from("Text.");
    let entry = |key: &str, value: JsValue| -> JsValue {
        Object::from_entries(&Array::of1(&Array::of2(&key.into(), &value)))
            .unwrap()
            .into()
    };
    let cases: [(JsValue, &str); 7] = [
        (
            entry("date", JsValue::from_f64(2025.0)),
            "`date` must be a string",
        ),
        (
            entry("layers", "entities".into()),
            "`layers` must be an array of strings",
        ),
        (
            entry("without", Array::of1(&JsValue::from_f64(1.0)).into()),
            "`without` must be an array of strings",
        ),
        (options("04/07/2025"), "YYYY-MM-DD"),
        (JsValue::from_f64(5.0), "invalid options"),
        (
            Object::from_entries(&Array::of1(&Array::of2(&"data".into(), &"x".into())))
                .unwrap()
                .into(),
            "unknown option \"data\"",
        ),
        (
            Object::from_entries(&Array::of1(&Array::of2(
                &"layers".into(),
                &Array::of1(&"names".into()),
            )))
            .unwrap()
            .into(),
            "unknown layer",
        ),
    ];
    for (options, expected) in cases {
        let err = annotate(&text, options, None).unwrap_err();
        let err: JsValue = err.into();
        let err: js_sys::Error = err.dyn_into().expect("a JS Error");
        let message: String = err.message().into();
        assert!(message.contains(expected), "{message}");
    }
}

#[wasm_bindgen_test]
fn empty_text_and_progress() {
    let calls = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let sink = calls.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(String, f64)>::new(
        move |stage: String, _done: f64| {
            sink.borrow_mut().push(stage);
        },
    );
    let doc = annotate(
        &JsString::from(""),
        JsValue::NULL,
        Some(
            callback
                .as_ref()
                .unchecked_ref::<js_sys::Function>()
                .clone(),
        ),
    )
    .unwrap();
    let diagnostics: Array = get(&doc, "diagnostics").dyn_into().unwrap();
    assert_eq!(get(&diagnostics.get(0), "code"), "empty-text");
    assert_eq!(
        calls.borrow().first().map(String::as_str),
        Some("normalise")
    );
    assert_eq!(calls.borrow().last().map(String::as_str), Some("done"));
    assert!(!version().is_empty());
}

/// The one wasm type: constructed once, it annotates as the free function
/// does, takes `without`, and turns bad options into JS Errors.
#[wasm_bindgen_test]
fn annotator_type() {
    let annotator = Annotator::new();
    assert_eq!(annotator.version(), version());
    let text = JsString::from(
        "NATO\u{2019}s Historic Spending Pledge\nLavrov said on Thursday that NATO would fall.",
    );
    let mine = annotator
        .annotate(&text, options("2025-07-04"), None)
        .unwrap();
    let theirs = annotate(&text, options("2025-07-04"), None).unwrap();
    assert_eq!(
        js_sys::JSON::stringify(&mine).unwrap(),
        js_sys::JSON::stringify(&theirs).unwrap()
    );
    let without = Object::from_entries(&Array::of2(
        &Array::of2(&"date".into(), &"2025-07-04".into()),
        &Array::of2(&"without".into(), &Array::of1(&"names.nope".into())),
    ))
    .unwrap();
    let err: JsValue = annotator
        .annotate(&text, without.into(), None)
        .unwrap_err()
        .into();
    let err: js_sys::Error = err.dyn_into().expect("a JS Error");
    let message: String = err.message().into();
    assert!(message.contains("unknown pass"), "{message}");
}
