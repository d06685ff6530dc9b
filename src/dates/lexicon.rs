//! The closed vocabulary the grammar reacts to, looked up by lower-cased ASCII word.

/// A unit of calendar time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    /// Units only durations use ("48 hours", "a decade"):
    Minute,
    Hour,
    Fortnight,
    Decade,
    Century,
}

impl Unit {
    /// A unit of the calendar, which "last", "this", "ago" and "earlier this" step by.
    pub(crate) fn calendar(self) -> bool {
        matches!(
            self,
            Unit::Day | Unit::Week | Unit::Weekend | Unit::Month | Unit::Quarter | Unit::Year
        )
    }
}

/// What a known word means to the grammar. Unknown words are [`Lex::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// A word the grammar does not know.
    Other,
    /// A month name, 1-based; `abbr` for "Oct", "Sept" and the like.
    Month {
        month: u8,
        abbr: bool,
    },
    /// A weekday, 0 = Monday.
    Weekday(u8),
    /// A season: 0 spring, 1 summer, 2 autumn/fall, 3 winter.
    Season(u8),
    Unit(Unit),
    /// A cardinal number word ("a", "two", "twenty").
    Number(u8),
    /// A vague quantity: "few", "several", "some", "many".
    Vague,
    /// An ordinal word usable with "quarter": "first" .. "fourth".
    Nth(u8),
    Today,
    Tomorrow,
    Yesterday,
    Now,
    Currently,
    Recently,
    Recent,
    Present,
    Past,
    Future,
    Coming,
    /// "near", "foreseeable", "distant", "immediate": may sit before "future"/"past".
    Remote,
    Ago,
    This,
    Last,
    Next,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    Fiscal,
    In,
    At,
    On,
    From,
    Between,
    And,
    To,
    /// "through", "thru".
    Through,
    /// "until", "till", "til".
    Until,
    Of,
    /// "during", "over": may sit before "recent weeks".
    During,
    /// Other words that make "May"/"March" a month: "since", "before", "after", "throughout".
    Qualifier,
    /// "by": makes "May" a month, but "by 1500" is often an amount.
    By,
    Or,
    /// "every", "each": "every Friday" is a habit.
    Every,
    /// "morning", "afternoon", "evening", "night": 0 to 3.
    DayPart(u8),
    /// "tonight".
    Tonight,
    /// "noon", "midday".
    Noon,
    /// "midnight".
    Midnight,
    /// "am", "pm" (true).
    Meridiem(bool),
    /// The letters of "a.m." and "p.m." ("a" is [`Lex::Number`]).
    P,
    M,
    /// A weekday in the plural, a habit: "Mondays" (0 = Monday).
    Weekdays(u8),
    /// "daily", "weekly", "monthly", "annually" and the like: a SET of that unit.
    Every1(Unit),
    /// "once", "twice", "thrice" and "times" ("three times a year").
    Times,
    /// "long", as in "month-long".
    Long,
    /// "old", as in "a 10-year-old": an age, not a duration.
    Old,
    /// Words that make a duration before them part of a name: "a 24-hour news channel",
    /// "the 100-day plan".
    Head,
    /// "about", "around", "nearly", "almost", "roughly": kept in a duration's span, not
    /// in its value.
    Approx,
    /// "more", "less", "fewer" (before "than").
    More,
    Than,
    /// "least" ("at least"), "up" ("up to").
    Least,
    Up,
    For,
    Within,
    The,
    /// A possessive determiner: "his", "their", ...
    Det,
    /// "will", "would", "shall".
    Will,
    /// The "ll" of "they'll".
    Ll,
    /// "is", "are".
    Be,
    /// "was", "were".
    BePast,
    /// "has", "have", "had", "been".
    Have,
    /// Past tenses that do not end in "ed": "said", "met", "began".
    PastVerb,
    /// "planned", "scheduled"-like words that announce: "the planned vote on Monday".
    Planned,
    /// "going" ("going to").
    Going,
    /// "ahead" ("ahead of Tuesday's match").
    Ahead,
    /// Words that open a clause: "that", "what", "which", "who", "when", "where",
    /// "while", "because", "if".
    Clause,
    /// "be".
    BeBase,
    Due,
    Scheduled,
    Set,
    Expected,
    Plans,
    Held,
    Hold,
    Resume,
    Upcoming,
    /// A count noun after which a number is a quantity: "troops", "votes".
    CountNoun,
    /// A unit of measure or a time zone, in any case: "km", "GMT".
    Measure,
    /// A word after which a number is a label: "Section", "Windows", "No".
    Label,
    /// A currency written as a word: "Rs", "USD".
    Currency,
    /// "prayer", "prayers", "sermon": "Friday prayers" is a habit.
    Prayer,
    /// "Good", "Black", ... as in "Good Friday".
    DayPrefix,
    /// Newspaper words: "Sunday Telegraph", "Mail on Sunday", "USA Today".
    Paper,
    /// "programme", "show": "the Today programme".
    Programme,
}

impl Lex {
    /// Words before which "May" and "March" are months.
    pub(crate) fn qualifies_month(self) -> bool {
        matches!(
            self,
            Lex::In
                | Lex::Qualifier
                | Lex::By
                | Lex::To
                | Lex::Until
                | Lex::Through
                | Lex::During
                | Lex::From
                | Lex::Between
                | Lex::Of
                | Lex::Early
                | Lex::Late
                | Lex::Mid
                | Lex::Last
                | Lex::Next
                | Lex::This
        )
    }
}

/// Month names, January first.
#[rustfmt::skip]
const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

/// Month abbreviations with their month.
#[rustfmt::skip]
const MONTH_ABBREVIATIONS: &[(&str, u8)] = &[
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
    ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
];

/// Weekday names, Monday first.
#[rustfmt::skip]
const WEEKDAYS: [&str; 7] = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Number words with their value.
#[rustfmt::skip]
const NUMBERS: &[(&str, u8)] = &[
    ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
    ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
    ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
    ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
    ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
    ("ninety", 90),
];

/// Every other known word (lower case), grouped by meaning.
#[rustfmt::skip]
const WORDS: &[(Lex, &[&str])] = &[
    (Lex::Season(0), &["spring"]),
    (Lex::Season(1), &["summer"]),
    (Lex::Season(2), &["autumn", "fall"]),
    (Lex::Season(3), &["winter"]),
    (Lex::Unit(Unit::Day), &["day", "days"]),
    (Lex::Unit(Unit::Week), &["week", "weeks"]),
    (Lex::Unit(Unit::Weekend), &["weekend"]),
    (Lex::Unit(Unit::Month), &["month", "months"]),
    (Lex::Unit(Unit::Quarter), &["quarter"]),
    (Lex::Unit(Unit::Year), &["year", "years"]),
    (Lex::Unit(Unit::Minute), &["minute", "minutes", "mins"]),
    (Lex::Unit(Unit::Hour), &["hour", "hours"]),
    (Lex::Unit(Unit::Fortnight), &["fortnight", "fortnights"]),
    (Lex::Unit(Unit::Decade), &["decade", "decades"]),
    (Lex::Unit(Unit::Century), &["century", "centuries"]),
    (Lex::Vague, &["few", "several", "some", "many"]),
    (Lex::Nth(1), &["first"]),
    (Lex::Nth(2), &["second"]),
    (Lex::Nth(3), &["third"]),
    (Lex::Nth(4), &["fourth"]),
    (Lex::Today, &["today"]),
    (Lex::Tomorrow, &["tomorrow"]),
    (Lex::Yesterday, &["yesterday"]),
    (Lex::Now, &["now"]),
    (Lex::Currently, &["currently"]),
    (Lex::Recently, &["recently"]),
    (Lex::Recent, &["recent"]),
    (Lex::Present, &["present"]),
    (Lex::Past, &["past"]),
    (Lex::Future, &["future"]),
    (Lex::Coming, &["coming"]),
    (Lex::Remote, &["near", "foreseeable", "distant", "immediate"]),
    (Lex::Ago, &["ago"]),
    (Lex::This, &["this"]),
    (Lex::Last, &["last"]),
    (Lex::Next, &["next"]),
    (Lex::Earlier, &["earlier"]),
    (Lex::Later, &["later"]),
    (Lex::Early, &["early"]),
    (Lex::Late, &["late"]),
    (Lex::Mid, &["mid"]),
    (Lex::Fiscal, &["fiscal"]),
    (Lex::In, &["in"]),
    (Lex::At, &["at"]),
    (Lex::On, &["on"]),
    (Lex::From, &["from"]),
    (Lex::Between, &["between"]),
    (Lex::And, &["and"]),
    (Lex::Or, &["or"]),
    (Lex::To, &["to"]),
    (Lex::Through, &["through", "thru"]),
    (Lex::Until, &["until", "till", "til"]),
    (Lex::Of, &["of"]),
    (Lex::During, &["during", "over"]),
    (Lex::Qualifier, &["since", "before", "after", "throughout"]),
    (Lex::By, &["by"]),
    (Lex::Every, &["every", "each"]),
    (Lex::DayPart(0), &["morning"]),
    (Lex::DayPart(1), &["afternoon"]),
    (Lex::DayPart(2), &["evening"]),
    (Lex::DayPart(3), &["night"]),
    (Lex::Tonight, &["tonight"]),
    (Lex::Noon, &["noon", "midday"]),
    (Lex::Midnight, &["midnight"]),
    (Lex::Meridiem(false), &["am"]),
    (Lex::Meridiem(true), &["pm"]),
    (Lex::P, &["p"]),
    (Lex::M, &["m"]),
    (Lex::Weekdays(0), &["mondays"]),
    (Lex::Weekdays(1), &["tuesdays"]),
    (Lex::Weekdays(2), &["wednesdays"]),
    (Lex::Weekdays(3), &["thursdays"]),
    (Lex::Weekdays(4), &["fridays"]),
    (Lex::Weekdays(5), &["saturdays"]),
    (Lex::Weekdays(6), &["sundays"]),
    (Lex::Every1(Unit::Day), &["daily"]),
    (Lex::Every1(Unit::Week), &["weekly"]),
    (Lex::Every1(Unit::Month), &["monthly"]),
    (Lex::Every1(Unit::Year), &["annually", "annual", "yearly"]),
    (Lex::Every1(Unit::Hour), &["hourly"]),
    (Lex::Times, &["once", "twice", "thrice", "times"]),
    (Lex::Long, &["long"]),
    (Lex::Old, &["old"]),
    (Lex::Head, &["news", "plan", "channel", "cycle", "clock", "rule", "challenge", "format"]),
    (Lex::Approx, &["about", "around", "nearly", "almost", "roughly"]),
    (Lex::More, &["more", "less", "fewer"]),
    (Lex::Than, &["than"]),
    (Lex::Least, &["least"]),
    (Lex::Up, &["up"]),
    (Lex::For, &["for"]),
    (Lex::Within, &["within"]),
    (Lex::The, &["the"]),
    (Lex::Det, &["his", "her", "its", "their", "my", "our", "your"]),
    (Lex::Will, &["will", "would", "shall"]),
    (Lex::Ll, &["ll"]),
    (Lex::Be, &["is", "are"]),
    (Lex::BePast, &["was", "were"]),
    (Lex::Have, &["has", "have", "had", "been"]),
    (Lex::PastVerb, &[
        "said", "told", "met", "went", "came", "took", "gave", "made", "began", "left", "lost",
        "fell", "rose", "struck", "spoke", "sent", "saw", "got", "found", "led", "brought",
        "fought", "shot", "paid", "sold", "flew", "wrote", "broke", "stood", "ran", "became",
        "did", "knew", "thought", "sought", "won", "beat", "drew", "threw", "hit", "quit",
        "swept", "fled", "slept", "kept", "felt", "heard", "meant", "grew", "drove", "ate",
        "shut", "spent", "built", "caught", "taught", "bought", "chose", "froze", "stole",
        "woke", "sank", "sang", "rang", "wore", "tore", "bore", "swore", "arose", "forgot",
        "forgave", "withdrew", "overtook", "undertook", "oversaw", "upheld",
    ]),
    (Lex::Planned, &["planned", "slated", "pencilled", "penciled"]),
    (Lex::Going, &["going"]),
    (Lex::Ahead, &["ahead"]),
    (Lex::Clause, &["that", "what", "which", "who", "when", "where", "while", "because", "if"]),
    (Lex::BeBase, &["be"]),
    (Lex::Due, &["due"]),
    (Lex::Scheduled, &["scheduled"]),
    (Lex::Set, &["set"]),
    (Lex::Expected, &["expected"]),
    (Lex::Plans, &["plans"]),
    (Lex::Held, &["held"]),
    (Lex::Hold, &["hold"]),
    (Lex::Resume, &["resume"]),
    (Lex::Upcoming, &["upcoming"]),
    (Lex::CountNoun, &[
        "people", "persons", "residents", "troops", "soldiers", "police", "officers", "men",
        "women", "children", "students", "pupils", "workers", "employees", "staff", "jobs",
        "members", "voters", "votes", "seats", "deaths", "cases", "patients", "victims",
        "refugees", "families", "homes", "houses", "cars", "vehicles", "units", "copies",
        "tickets", "fans", "users", "customers", "shares", "companies", "firms", "points",
        "runs", "goals", "games", "percent", "per", "million", "billion", "dollars",
        "rupees", "euros", "pounds", "pence", "cents", "calories", "seconds",
    ]),
    (Lex::Measure, &[
        "km", "kilometres", "kilometers", "kg", "metres", "meters", "miles", "mph", "feet", "ft",
        "tonnes", "tons", "barrels", "acres", "hectares", "yen", "sq", "square", "mm", "cm",
        "litres", "liters", "gallons", "mw", "kw", "gw", "kwh", "mb", "gb", "hrs", "gmt",
        "bst", "utc", "est", "edt", "pst", "cet",
    ]),
    (Lex::Label, &[
        "section", "article", "clause", "chapter", "page", "paragraph", "flight", "route",
        "room", "no", "number", "resolution", "windows", "office", "version", "model", "euro",
    ]),
    (Lex::Currency, &["rs", "usd", "eur", "gbp", "inr", "pkr"]),
    (Lex::Prayer, &["prayer", "prayers", "sermon"]),
    (Lex::DayPrefix, &[
        "good", "black", "super", "bloody", "ash", "cyber", "holy", "palm", "easter", "maundy",
        "shrove",
    ]),
    (Lex::Paper, &[
        "telegraph", "express", "mirror", "herald", "post", "mail", "sport", "tribune",
        "observer", "independent", "usa",
    ]),
    (Lex::Programme, &["programme", "program", "show"]),
];

/// Every known word with its meaning.
fn entries() -> impl Iterator<Item = (&'static str, Lex)> {
    let months = (1..)
        .zip(MONTHS)
        .map(|(month, w)| (w, Lex::Month { month, abbr: false }));
    let abbreviations = MONTH_ABBREVIATIONS
        .iter()
        .map(|&(w, month)| (w, Lex::Month { month, abbr: true }));
    let weekdays = (0..).zip(WEEKDAYS).map(|(day, w)| (w, Lex::Weekday(day)));
    let numbers = NUMBERS.iter().map(|&(w, n)| (w, Lex::Number(n)));
    let others = WORDS
        .iter()
        .flat_map(|&(lex, words)| words.iter().map(move |&w| (w, lex)));
    months
        .chain(abbreviations)
        .chain(weekdays)
        .chain(numbers)
        .chain(others)
}

/// Longest known word; longer words are never looked up.
const MAX_LEN: usize = 11;

/// Packs a short ASCII word, lower-cased, into an integer key; `None` if it cannot be a known word.
fn key(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > MAX_LEN {
        return None;
    }
    word.iter().try_fold(0u128, |k, &b| {
        b.is_ascii_alphabetic()
            .then(|| (k << 8) | u128::from(b.to_ascii_lowercase()))
    })
}

/// Open-addressing hash table of the known words by [`key`], built once; at most a quarter full.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    /// `(key, meaning)`; key 0 marks an empty slot (no word has key 0).
    slots: Vec<(u128, Lex)>,
}

/// Home slot of a key in a table of `len` slots (a power of two).
fn home(key: u128, len: usize) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (len - 1)
}

impl Lexicon {
    /// Builds the table from the word lists.
    pub(crate) fn new() -> Lexicon {
        let len = (entries().count() * 4).next_power_of_two();
        let mut slots = vec![(0, Lex::Other); len];
        for (word, lex) in entries() {
            let Some(k) = key(word.as_bytes()) else {
                continue;
            };
            let mut i = home(k, len);
            while slots.get(i).is_some_and(|&(s, _)| s != 0 && s != k) {
                i = (i + 1) & (len - 1);
            }
            if let Some(slot) = slots.get_mut(i) {
                *slot = (k, lex);
            }
        }
        Lexicon { slots }
    }

    /// The meaning of an ASCII word, case-insensitively.
    pub(crate) fn get(&self, word: &[u8]) -> Lex {
        let Some(k) = key(word) else {
            return Lex::Other;
        };
        let len = self.slots.len();
        let mut i = home(k, len);
        for _ in 0..len {
            match self.slots.get(i) {
                Some(&(s, lex)) if s == k => return lex,
                Some(&(s, _)) if s != 0 => i = (i + 1) & (len - 1),
                _ => break,
            }
        }
        Lex::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_unique_short_and_lower_case() {
        let lexicon = Lexicon::new();
        let filled = lexicon.slots.iter().filter(|&&(k, _)| k != 0).count();
        assert_eq!(filled, entries().count(), "a word is listed twice");
        for (w, lex) in entries() {
            assert_eq!(lexicon.get(w.as_bytes()), lex, "{w}");
            assert!(
                w.len() <= MAX_LEN && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
        }
    }

    #[test]
    fn lookup_ignores_case() {
        let lexicon = Lexicon::new();
        assert_eq!(
            lexicon.get(b"OCTOBER"),
            Lex::Month {
                month: 10,
                abbr: false
            }
        );
        assert_eq!(lexicon.get(b"Today"), Lex::Today);
        assert_eq!(lexicon.get(b"Octobers"), Lex::Other);
        assert_eq!(lexicon.get(b"extraordinarily"), Lex::Other);
    }
}
