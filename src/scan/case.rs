//! Letter case: the policy a matcher is built with, and what each name asks of the
//! text under the `smart` policy. The scan applies it while it walks, because a name
//! whose case fails must let a shorter name at the same place win ("new york" gives
//! "new", not nothing, when only "New York" needs capitals).

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};

/// How letter case decides a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CaseMode {
    /// Case is ignored: "reading" matches the name "Reading".
    Insensitive,
    /// A name with capitals needs a capital in the text ("Reading", "READING", not
    /// "reading"); an acronym needs capitals only ("US", not "us" or "Us"); a lower-case
    /// name matches any case.
    #[default]
    Smart,
    /// Letters must match with their case (diacritics, quotes and spaces still fold).
    Sensitive,
}

impl CaseMode {
    /// Whether names and text are case-folded before they are compared.
    pub(crate) fn folds(self) -> bool {
        self != CaseMode::Sensitive
    }
}

impl std::str::FromStr for CaseMode {
    type Err = Error;

    fn from_str(s: &str) -> Result<CaseMode, Error> {
        match s {
            "insensitive" => Ok(CaseMode::Insensitive),
            "smart" => Ok(CaseMode::Smart),
            "sensitive" => Ok(CaseMode::Sensitive),
            _ => Err(Error::new(ErrorKind::InvalidOption {
                option: "case",
                value: s.to_owned(),
            })),
        }
    }
}

/// What a surface name asks of the text's letter case, least strict first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CaseRule {
    /// A lower-case name: any case matches.
    Any = 0,
    /// A name with a capital: the text needs at least one capital.
    Capital = 1,
    /// An acronym (two or more letters, all capitals): the text has no lower-case letter.
    Acronym = 2,
}

impl CaseRule {
    /// The rule a gazetteer name sets.
    pub fn of(name: &str) -> CaseRule {
        let letters = name.chars().filter(|c| c.is_alphabetic());
        let (mut upper, mut lower) = (0, 0);
        for c in letters {
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
        }
        match (upper, lower) {
            (0, _) => CaseRule::Any,
            (u, 0) if u >= 2 => CaseRule::Acronym,
            _ => CaseRule::Capital,
        }
    }

    /// Whether `surface`, the matched text, satisfies the rule.
    pub fn accepts(self, surface: &str) -> bool {
        match self {
            CaseRule::Any => true,
            CaseRule::Capital => surface.chars().any(char::is_uppercase),
            CaseRule::Acronym => !surface.chars().any(char::is_lowercase),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert_eq!(CaseRule::of("reading"), CaseRule::Any);
        assert_eq!(CaseRule::of("Reading"), CaseRule::Capital);
        assert_eq!(CaseRule::of("U.S."), CaseRule::Acronym);
        assert_eq!(CaseRule::of("A"), CaseRule::Capital);
        assert!(CaseRule::Capital.accepts("READING"));
        assert!(!CaseRule::Capital.accepts("reading"));
        assert!(!CaseRule::Acronym.accepts("Us"));
        assert!(CaseRule::Acronym.accepts("US"));
    }

    #[test]
    fn modes_parse_by_name() {
        assert_eq!("smart".parse::<CaseMode>(), Ok(CaseMode::Smart));
        let err = "Smart".parse::<CaseMode>().unwrap_err().to_string();
        assert_eq!(err, "invalid value \"Smart\" for option case");
    }
}
