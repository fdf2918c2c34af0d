//! The WebAssembly binding: one `#[wasm_bindgen]` type, [`Annotator`], that
//! owns an [`Analyzer`], converts JavaScript values in and out, and turns
//! errors into JavaScript `Error`s in one place ([`js_error`]). It holds no
//! analysis. The free functions `annotate` and `version`, and the module
//! start that `init()` runs, are thin wrappers kept for the page, the
//! worker, the single file and embeddings written against them.

use std::cell::OnceCell;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Analyzer, Error, Options, OptionsInput, Progress, Unit};

#[wasm_bindgen(typescript_custom_section)]
const DOCUMENT_TYPES: &'static str = include_str!("document.d.ts");

/// A short article that reaches every layer: a dateline, a heading, names,
/// a title, a quote with its speaker, reported speech, times and numbers.
const WARM_UP: &str = "Thursday, July 3, 2025\n\nNATO Leaders Agree\n\nRussian Foreign Minister Sergey Lavrov said on Thursday that the pledge of 5% of GDP by 2035 \u{201C}could spell the end\u{201D} of the alliance, according to TASS. He warned that $3 billion would not help.";

/// Annotates news articles in the browser. Construct it once (it sets up
/// the gazetteer and decodes the name model), then call `annotate` as often
/// as needed; the first call costs what the next ones do.
#[wasm_bindgen]
pub struct Annotator {
    analyzer: Analyzer,
}

impl Default for Annotator {
    fn default() -> Annotator {
        Annotator::new()
    }
}

#[wasm_bindgen]
impl Annotator {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Annotator {
        let analyzer = Analyzer::new();
        // The browser compiles wasm lazily, function by function, on first
        // use: one short text through every layer here makes the engine
        // compile the analysis now, so the user's first text costs what
        // the next one does.
        // The whole way a caller's text takes, conversion to JavaScript
        // objects included.
        let annotator = Annotator { analyzer };
        let _ = annotator.run(&js_sys::JsString::from(WARM_UP), JsValue::UNDEFINED, None);
        annotator
    }

    /// The version of newsmark.
    #[wasm_bindgen(getter)]
    pub fn version(&self) -> String {
        crate::VERSION.to_string()
    }

    /// Annotates `text` and returns the document, with UTF-16 offsets that
    /// `text.slice(start, end)` takes. `options` may hold `date`
    /// ("YYYY-MM-DD"), `layers` and `without`; `onProgress`, if given, is
    /// called with `(stage, done)`.
    #[wasm_bindgen(unchecked_return_type = "Document")]
    pub fn annotate(
        &self,
        text: &js_sys::JsString,
        #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
        #[wasm_bindgen(
            js_name = "onProgress",
            unchecked_param_type = "((stage: string, done: number) => void) | undefined"
        )]
        on_progress: Option<js_sys::Function>,
    ) -> Result<JsValue, JsError> {
        self.run(text, options, on_progress).map_err(js_error)
    }
}

/// What can go wrong at the boundary: bad options, or a document that could
/// not be converted.
enum BindingError {
    Options(Error),
    Convert(serde_wasm_bindgen::Error),
}

/// The one place errors become JavaScript `Error`s.
fn js_error(error: BindingError) -> JsError {
    match error {
        BindingError::Options(e) => JsError::new(&e.to_string()),
        BindingError::Convert(e) => {
            JsError::new(&format!("cannot convert the document for JavaScript: {e}"))
        }
    }
}

impl Annotator {
    fn run(
        &self,
        text: &js_sys::JsString,
        options: JsValue,
        on_progress: Option<js_sys::Function>,
    ) -> Result<JsValue, BindingError> {
        let options = read_options(options).map_err(BindingError::Options)?;
        // Lone surrogates cannot cross into Rust: they become U+FFFD, which
        // has the same UTF-16 length, so offsets still slice the caller's
        // string.
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
        let mut doc = self
            .analyzer
            .annotate_with_progress(&text, &options, &mut report);
        doc.convert_offsets(&text, Unit::Utf16);
        doc.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(BindingError::Convert)
    }
}

/// Reads `{date?, layers?, without?}` field by field. Done by hand rather
/// than through serde, whose error messages would bring float formatting
/// (14 KB) into the module for a handful of option strings.
fn read_options(options: JsValue) -> Result<Options, Error> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::new());
    }
    let Some(object) = options.dyn_ref::<js_sys::Object>() else {
        return Err(Error::invalid_options(format!(
            "expected an object, not {}",
            options.js_typeof().as_string().unwrap_or_default()
        )));
    };
    // A misspelt option ("data" for "date") would otherwise be ignored.
    for key in js_sys::Object::keys(object) {
        let key = key.as_string().unwrap_or_default();
        if !OptionsInput::FIELDS.contains(&key.as_str()) {
            return Err(Error::invalid_options(format!(
                "unknown option {key:?} (known: {})",
                OptionsInput::FIELDS.join(", ")
            )));
        }
    }
    let field = |name: &str| js_sys::Reflect::get(object, &JsValue::from_str(name)).ok();
    let present = |value: &JsValue| !value.is_undefined() && !value.is_null();
    let date = match field("date") {
        Some(value) if present(&value) => Some(value.as_string().ok_or_else(|| {
            Error::invalid_options("`date` must be a string such as \"2025-07-04\"")
        })?),
        _ => None,
    };
    let strings = |name: &str| -> Result<Option<Vec<String>>, Error> {
        match field(name) {
            Some(value) if present(&value) => {
                let list = value.dyn_ref::<js_sys::Array>().ok_or_else(|| {
                    Error::invalid_options(format!("`{name}` must be an array of strings"))
                })?;
                list.iter()
                    .map(|item| {
                        item.as_string().ok_or_else(|| {
                            Error::invalid_options(format!("`{name}` must be an array of strings"))
                        })
                    })
                    .collect::<Result<Vec<String>, Error>>()
                    .map(Some)
            }
            _ => Ok(None),
        }
    };
    Options::try_from(OptionsInput {
        date,
        layers: strings("layers")?,
        without: strings("without")?,
    })
}

thread_local! {
    /// The annotator behind the free functions, made by the module start.
    static ANNOTATOR: OnceCell<Annotator> = const { OnceCell::new() };
}

/// Sets up panic messages and the annotator behind `annotate`, so that the
/// first call does not pay for it. Called by the module's start (`init()`).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    ANNOTATOR.with(|cell| {
        cell.get_or_init(Annotator::new);
    });
}

/// The version of newsmark.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// Annotates `text` with the module's own [`Annotator`]; see
/// `Annotator.annotate`.
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
    ANNOTATOR.with(|cell| {
        cell.get_or_init(Annotator::new)
            .annotate(text, options, on_progress)
    })
}
