//! Rule passes by name: each stage lists its passes in a registry, and
//! [`Switches`] says which of them are off for one annotation.
//!
//! A pass name is `stage.rule` ("quotes.dash", "timex.holiday",
//! "names.strip_titles"); it is stable, so that `--without` and the
//! ablation tables in `docs/` keep meaning the same rule.

/// A rule pass: its stable name and one line on what it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pass {
    pub name: &'static str,
    pub about: &'static str,
}

/// A pass's line on what it does, as the registries write it. Only the
/// CLI prints it (`newsmark passes`); the wasm build, which never shows
/// it, gets an empty line, and the text stays out of the module (some 13
/// KB raw of the page's download).
pub const fn about(line: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        line
    }
}

/// Which passes are switched off; by default every pass is on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Switches {
    off: Vec<&'static str>,
}

impl Switches {
    /// All passes on.
    pub fn all_on() -> Switches {
        Switches::default()
    }

    /// The passes in `off` switched off; names are checked by the caller.
    pub(crate) fn with_off(off: Vec<&'static str>) -> Switches {
        Switches { off }
    }

    /// Whether the pass named `name` runs.
    pub fn is_on(&self, name: &str) -> bool {
        !self.off.contains(&name)
    }

    /// The names of the passes switched off.
    pub fn off(&self) -> &[&'static str] {
        &self.off
    }
}
