//! The one error type of the core.

use std::fmt;

/// An error from building a gazetteer or matcher, or from reading input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A name that is empty once normalized (only spaces or combining marks).
    EmptyName {
        /// The entity the name belongs to.
        entity_id: String,
        /// The name as given.
        name: String,
    },
    /// A label or entity id that is empty.
    EmptyField {
        /// Which field: `label` or `entity_id`.
        field: &'static str,
    },
    /// A reference date that is not a valid `YYYY-MM-DD` date.
    InvalidDate(String),
    /// A text too long for 32-bit offsets (4 GiB).
    TextTooLong(usize),
    /// A gazetteer too large for the matcher's 32-bit tables: what overflowed.
    TooLarge(&'static str),
    /// Bytes that are not a compiled matcher (or a damaged one).
    InvalidData(String),
    /// A bug: the core panicked on this input; the panic was caught and its message kept.
    Internal(String),
    /// An option value that is not one of the allowed ones.
    InvalidOption {
        /// The option's name.
        option: &'static str,
        /// The value given.
        value: String,
    },
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// An invalid reference date.
    pub fn invalid_date(value: &str) -> Error {
        Error::new(ErrorKind::InvalidDate(value.to_owned()))
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::EmptyName { entity_id, name } => {
                write!(f, "entity {entity_id:?} has an empty name {name:?}")
            }
            ErrorKind::EmptyField { field } => write!(f, "{field} must not be empty"),
            ErrorKind::InvalidDate(value) => {
                write!(f, "invalid reference date {value:?} (expected YYYY-MM-DD)")
            }
            ErrorKind::TextTooLong(len) => {
                write!(f, "text of {len} bytes is too long (4 GiB at most)")
            }
            ErrorKind::TooLarge(what) => write!(f, "the gazetteer is too large: {what}"),
            ErrorKind::InvalidData(why) => write!(f, "invalid saved matcher: {why}"),
            ErrorKind::Internal(why) => {
                write!(
                    f,
                    "internal error (a bug in gazet, please report it): {why}"
                )
            }
            ErrorKind::InvalidOption { option, value } => {
                write!(f, "invalid value {value:?} for option {option}")
            }
        }
    }
}

impl std::error::Error for Error {}

/// Runs `f`, turning a panic inside it into an [`ErrorKind::Internal`] error, so that a
/// bug met on one input fails that input alone (a batch keeps its other documents, and
/// the Python binding raises an ordinary exception).
pub fn catch_panic<T>(f: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    // The core holds no state a half-finished call could leave broken: every call reads
    // the matcher and builds its own results.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        let why = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_owned());
        Err(Error::new(ErrorKind::Internal(why)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_become_internal_errors() {
        let err = catch_panic::<()>(|| panic!("boom {}", 1)).unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::Internal("boom 1".to_owned()));
        assert!(err.to_string().contains("bug in gazet"), "{err}");
        assert_eq!(catch_panic(|| Ok(3)), Ok(3));
    }
}
