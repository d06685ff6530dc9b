//! Case rules: when a name's letter case must show in the text (the `smart` policy).

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
}

/// Document-level choices between entities sharing a name, and the evidence a
/// common-word place name needs.
pub mod document {
    use crate::entities::Entities;

    /// How often a document names each country (a document names few, so a list).
    #[derive(Debug, Default)]
    pub struct Tally<'a>(Vec<(&'a str, usize)>);

    impl<'a> Tally<'a> {
        /// The countries of `entities`.
        pub fn of(all: &'a Entities, entities: impl Iterator<Item = usize>) -> Tally<'a> {
            let mut tally = Tally::default();
            for c in entities.filter_map(|e| all.country(e)) {
                match tally.0.iter_mut().find(|(k, _)| *k == c) {
                    Some((_, n)) => *n += 1,
                    None => tally.0.push((c, 1)),
                }
            }
            tally
        }

        /// How often country `c` is named.
        pub fn get(&self, c: &str) -> usize {
            self.0.iter().find(|(k, _)| *k == c).map_or(0, |(_, n)| *n)
        }
    }

    /// Picks among `candidates` (gazetteer order). A first candidate without a country
    /// or population (a user's own entry) wins outright. Otherwise the candidates whose
    /// country the document names most often (`support`) come first, then the most
    /// populous.
    pub fn choose(
        entities: &Entities,
        candidates: &[u32],
        support: &dyn Fn(&str) -> usize,
    ) -> usize {
        let first = candidates[0] as usize;
        if candidates.len() == 1
            || (entities.country(first).is_none() && entities.population(first) == 0)
        {
            return first;
        }
        let score = |c: u32| entities.country(c as usize).map_or(0, support);
        let best = candidates.iter().map(|&c| score(c)).max().unwrap_or(0);
        let pool: Vec<u32> = candidates
            .iter()
            .copied()
            .filter(|&c| score(c) == best)
            .collect();
        let first = pool[0] as usize;
        if entities.population(first) == 0 {
            return first;
        }
        pool.iter()
            .map(|&c| c as usize)
            .filter(|&c| entities.population(c) > 0)
            .max_by_key(|&c| (entities.population(c), std::cmp::Reverse(c)))
            .unwrap_or(first)
    }

    /// Whether the word at byte `start` begins a sentence, a line or a quotation, where
    /// a capital letter says nothing about a name.
    pub fn sentence_initial(text: &str, start: usize) -> bool {
        for c in text[..start].chars().rev() {
            match c {
                '"' | '\'' | '“' | '‘' | '(' | '[' | '«' => continue,
                c if c.is_whitespace() && c != '\n' => continue,
                '.' | '!' | '?' | ':' | ';' | '\n' | '—' | '–' | '•' => return true,
                _ => return false,
            }
        }
        true
    }

    /// Whether the line holding `[start, end)` reads as a headline: all capitals, or at
    /// least three words of which most begin with a capital.
    pub fn in_headline(text: &str, start: usize, end: usize) -> bool {
        let Some(line) = short_line(text, start, end) else {
            return false;
        };
        if !line.chars().any(char::is_lowercase) {
            return true;
        }
        let words: Vec<&str> = line
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().next().is_some_and(char::is_alphabetic) && w.chars().count() > 3)
            .collect();
        let capitalised = words
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        words.len() >= 3 && capitalised * 4 >= words.len() * 3
    }

    /// The line holding `[start, end)` if it is short enough to be a headline or a
    /// dateline (a few hundred bytes); a long line is body text. Bounded, so checking every
    /// match of a document that is one long line stays linear.
    pub fn short_line(text: &str, start: usize, end: usize) -> Option<&str> {
        const MAX: usize = 300;
        let mut window_start = start.saturating_sub(MAX);
        while !text.is_char_boundary(window_start) {
            window_start -= 1;
        }
        let mut window_end = (end + MAX).min(text.len());
        while !text.is_char_boundary(window_end) {
            window_end += 1;
        }
        let from = match text[window_start..start].rfind('\n') {
            Some(i) => window_start + i + 1,
            None if window_start == 0 => 0,
            None => return None,
        };
        let to = match text[end..window_end].find('\n') {
            Some(i) => end + i,
            None if window_end == text.len() => text.len(),
            None => return None,
        };
        Some(&text[from..to])
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::gazetteer::Entity;

        fn place(id: &str, country: &str, population: u64) -> Entity {
            Entity {
                label: "PLACE".into(),
                id: id.into(),
                names: vec![],
                country: Some(country.into()),
                population,
            }
        }

        #[test]
        fn evidence_then_population_then_order() {
            let list = [
                place("hyd-in", "IN", 6_800_000),
                place("hyd-pk", "PK", 1_700_000),
                Entity {
                    country: None,
                    population: 0,
                    ..place("user", "", 0)
                },
            ];
            let e = Entities::new(&list).unwrap();
            let none = |_: &str| 0;
            let pk = |c: &str| usize::from(c == "PK");
            assert_eq!(choose(&e, &[0, 1], &none), 0);
            assert_eq!(choose(&e, &[1, 0], &none), 0);
            assert_eq!(choose(&e, &[0, 1], &pk), 1);
            assert_eq!(choose(&e, &[2, 0, 1], &pk), 2);
            assert_eq!(choose(&e, &[0, 2, 1], &none), 0);
            let more_pk = |c: &str| if c == "PK" { 3 } else { 1 };
            assert_eq!(choose(&e, &[0, 1], &more_pk), 1);
        }

        #[test]
        fn positions_that_say_nothing() {
            let t = "Reading is nice. In Reading, yes.\nSPLIT: Talks In Split Were Held";
            assert!(sentence_initial(t, 0));
            assert!(!sentence_initial(t, t.find("Reading,").unwrap()));
            assert!(sentence_initial(t, t.find("In ").unwrap()));
            assert!(!in_headline(t, 3, 10));
            let s = t.find("Split").unwrap();
            assert!(in_headline(t, s, s + 5));
        }
    }
}
