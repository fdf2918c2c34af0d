//! The one error type: options and configuration can fail, analysis cannot.

use std::fmt;

/// An error in the options given to newsmark. Analysis itself never fails:
/// problems with the text become diagnostics in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    InvalidDate(String),
    UnknownLayer(String),
    UnknownPass(String),
    InvalidOptions(String),
}

impl Error {
    pub(crate) fn invalid_date(value: &str) -> Error {
        Error {
            kind: ErrorKind::InvalidDate(value.to_string()),
        }
    }

    pub(crate) fn unknown_layer(value: &str) -> Error {
        Error {
            kind: ErrorKind::UnknownLayer(value.to_string()),
        }
    }

    pub(crate) fn unknown_pass(value: &str) -> Error {
        Error {
            kind: ErrorKind::UnknownPass(value.to_string()),
        }
    }

    /// Options that could not be read at all (wrong type from JavaScript).
    pub fn invalid_options(detail: impl fmt::Display) -> Error {
        Error {
            kind: ErrorKind::InvalidOptions(detail.to_string()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidDate(value) => {
                write!(f, "invalid document date {value:?}: give a calendar date as YYYY-MM-DD, e.g. 2025-07-04")
            }
            ErrorKind::UnknownLayer(value) => write!(
                f,
                "unknown layer {value:?}: choose from {}",
                crate::Layer::ALL
                    .iter()
                    .map(|l| l.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ErrorKind::UnknownPass(value) => {
                let stage = value.split('.').next().unwrap_or("");
                let mut known: Vec<&str> = crate::passes()
                    .iter()
                    .map(|p| p.name)
                    .filter(|name| name.split('.').next() == Some(stage))
                    .collect();
                if known.is_empty() {
                    known = crate::passes().iter().map(|p| p.name).collect();
                }
                write!(
                    f,
                    "unknown pass {value:?}: choose from {} (`newsmark passes` lists them all)",
                    known.join(", ")
                )
            }
            ErrorKind::InvalidOptions(detail) => {
                write!(
                    f,
                    "invalid options: {detail}; pass an object such as {{date: \"2025-07-04\"}}"
                )
            }
        }
    }
}

impl std::error::Error for Error {}
