//! Case rules: when a name's letter case must show in the text (the `smart` policy).

/// What a surface name asks of the text's letter case, least strict first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CaseRule {
    /// A lower-case name: any case matches.
    Any,
    /// A name with a capital: the text needs at least one capital.
    Capital,
    /// An acronym (two or more letters, all capitals): the text has no lower-case letter.
    Acronym,
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
}
