//! The WebAssembly binding: converts JavaScript values in and out and turns
//! errors into JavaScript `Error`s, in this one place. It holds no analysis.

use std::cell::OnceCell;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Analyzer, Error, Options, OptionsInput, Progress, Unit};

#[wasm_bindgen(typescript_custom_section)]
const DOCUMENT_TYPES: &'static str = include_str!("document.d.ts");

thread_local! {
    static ANALYZER: OnceCell<Analyzer> = const { OnceCell::new() };
}

/// Sets up panic messages and loads what analysis needs, so that the first
/// `annotate` call does not pay for it. Called by the module's start.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    ANALYZER.with(|cell| {
        cell.get_or_init(Analyzer::new);
    });
}

/// The version of newsmark.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

fn js_error(error: impl std::fmt::Display) -> JsError {
    JsError::new(&error.to_string())
}

fn read_options(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::new());
    }
    // A misspelt option ("data" for "date") would otherwise be ignored.
    if let Some(object) = options.dyn_ref::<js_sys::Object>() {
        for key in js_sys::Object::keys(object) {
            let key = key.as_string().unwrap_or_default();
            if !OptionsInput::FIELDS.contains(&key.as_str()) {
                let detail = format!(
                    "unknown option {key:?} (known: {})",
                    OptionsInput::FIELDS.join(", ")
                );
                return Err(js_error(Error::invalid_options(detail)));
            }
        }
    }
    let input: OptionsInput = serde_wasm_bindgen::from_value(options).map_err(|e| {
        js_error(Error::invalid_options(
            e.to_string().trim_start_matches("Error: "),
        ))
    })?;
    Options::try_from(input).map_err(js_error)
}

/// Annotates `text` and returns the document, with UTF-16 offsets that
/// `text.slice(start, end)` takes. `options` may hold `date` ("YYYY-MM-DD")
/// and `layers`; `onProgress`, if given, is called with `(stage, done)`.
#[wasm_bindgen(unchecked_return_type = "Document")]
pub fn annotate(
    text: &js_sys::JsString,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
    #[wasm_bindgen(
        js_name = "onProgress",
        unchecked_param_type = "((stage: string, done: number) => void) | undefined"
    )]
    on_progress: Option<js_sys::Function>,
) -> Result<JsValue, JsError> {
    let options = read_options(options)?;
    // Lone surrogates cannot cross into Rust: they become U+FFFD, which has
    // the same UTF-16 length, so offsets still slice the caller's string.
    let text: String = text.into();
    let mut report = |p: Progress| {
        if let Some(f) = &on_progress {
            let _ = f.call2(
                &JsValue::NULL,
                &JsValue::from_str(p.stage),
                &JsValue::from_f64(f64::from(p.done)),
            );
        }
    };
    let mut doc = ANALYZER.with(|cell| {
        cell.get_or_init(Analyzer::new)
            .annotate_with_progress(&text, &options, &mut report)
    });
    doc.convert_offsets(&text, Unit::Utf16);
    doc.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(js_error)
}
