//! Table tests: each case is a text, a reference date, and every expected match in order, as
//! its exact substring and value. Extra or missing matches fail.

use super::{Date, DateFinder, DateMatch, TimexType};

/// Reference date of the doc's examples: Thursday 2025-11-06.
const R: Option<&str> = Some("2025-11-06");

/// A text, its reference date, and each expected match as `"span = value"` (`-` for no
/// value), with ` [TYPE]` after it when its TIMEX3 type is not DATE.
type Case = (&'static str, Option<&'static str>, &'static [&'static str]);

/// The matches in `text` as `"span = value"`.
fn run(finder: &DateFinder, text: &str, reference: Option<&str>) -> Vec<String> {
    let reference = reference.map(|r| Date::parse(r).expect("reference"));
    finder
        .find(text, reference)
        .into_iter()
        .map(
            |DateMatch {
                 start,
                 end,
                 value,
                 timex_type,
             }| {
                let kind = match timex_type {
                    TimexType::Date => String::new(),
                    other => format!(" [{}]", other.as_str()),
                };
                format!(
                    "{} = {}{kind}",
                    &text[start..end],
                    value.as_deref().unwrap_or("-")
                )
            },
        )
        .collect()
}

fn check(cases: &[Case]) {
    let finder = DateFinder::new();
    let mut failures = Vec::new();
    for &(text, reference, expected) in cases {
        let got = run(&finder, text, reference);
        if got != expected {
            let head: String = text.chars().take(60).collect();
            failures.push(format!(
                "{head:?} @ {reference:?}\n   got  {got:?}\n   want {expected:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
#[rustfmt::skip]
fn absolute_dates() {
    check(&[
        ("Attacks on October 11.", R, &["October 11 = 2025-10-11"]),
        ("signed Oct. 19, 2025, in Doha", R, &["Oct. 19, 2025 = 2025-10-19"]),
        ("due on Sept. 3 in", R, &["Sept. 3 = 2025-09-03"]),
        ("on 11 October 2025", R, &["11 October 2025 = 2025-10-11"]),
        ("on October 11th", R, &["October 11th = 2025-10-11"]),
        ("on the 6th of November", R, &["6th of November = 2025-11-06"]),
        ("filed 2025-10-11 at", R, &["2025-10-11 = 2025-10-11"]),
        ("OCTOBER 25 TALKS", R, &["OCTOBER 25 = 2025-10-25"]),
        ("Nov 6 2025", R, &["Nov 6 2025 = 2025-11-06"]),
        ("on 5 March last year", R, &["5 March last year = 2024-03-05"]),
        ("Thursday, November 6, 2025", R, &["Thursday, November 6, 2025 = 2025-11-06"]),
        ("on Friday 31 October", R, &["Friday 31 October = 2025-10-31"]),
    ]);
}

#[test]
#[rustfmt::skip]
fn months_years_decades() {
    check(&[
        ("in August 2021", R, &["August 2021 = 2021-08"]),
        ("in October", R, &["October = 2025-10"]),
        ("in January", R, &["January = 2026-01"]),
        ("in October of last year", R, &["October of last year = 2024-10"]),
        ("in 2021 and since 2019", R, &["2021 = 2021", "2019 = 2019"]),
        ("the 1990s", R, &["1990s = 199X"]),
        ("in the late 1990s", R, &["late 1990s = 199X"]),
        ("by mid-2024", R, &["mid-2024 = 2024"]),
        ("in fiscal 2025", R, &["fiscal 2025 = 2025"]),
        ("late last year", R, &["late last year = 2024"]),
        ("founded in 1850", R, &["1850 = 1850"]),
        ("the 1989 Children Act", R, &["1989 = 1989"]),
        ("in 2025's budget", R, &["2025 = 2025"]),
        ("after 2025.", R, &["2025 = 2025"]),
    ]);
}

#[test]
#[rustfmt::skip]
fn ranges() {
    check(&[
        ("held October 25 to 31", R, &["October 25 to 31 = 2025-10-25/2025-10-31"]),
        ("held October 25–31", R, &["October 25–31 = 2025-10-25/2025-10-31"]),
        ("held October 25-31", R, &["October 25-31 = 2025-10-25/2025-10-31"]),
        ("held 25-31 October", R, &["25-31 October = 2025-10-25/2025-10-31"]),
        ("held from 25 to 31 October", R, &["from 25 to 31 October = 2025-10-25/2025-10-31"]),
        ("held from October 25 to 31", R, &["from October 25 to 31 = 2025-10-25/2025-10-31"]),
        ("between 2019 and 2021", R, &["between 2019 and 2021 = 2019/2021"]),
        ("from 2019 to 2021", R, &["from 2019 to 2021 = 2019/2021"]),
        ("the 2019-21 period", R, &["2019-21 = 2019/2021"]),
        ("the 2005/06 season", R, &["2005/06 = 2005/2006"]),
        ("from October 25 to November 2", R, &[
            "from October 25 to November 2 = 2025-10-25/2025-11-02",
        ]),
        ("from December 28 to January 3", Some("2025-12-30"), &[
            "from December 28 to January 3 = 2025-12-28/2026-01-03",
        ]),
        ("between July and September 2004", R, &[
            "between July and September 2004 = 2004-07/2004-09",
        ]),
        ("October 25 to 31, 2024", R, &["October 25 to 31, 2024 = 2024-10-25/2024-10-31"]),
        ("from 2021", R, &["2021 = 2021"]),
        ("on 2 October - 25 of them", R, &["2 October = 2025-10-02"]),
        ("from 25 to October 31", R, &["October 31 = 2025-10-31"]),
    ]);
}

#[test]
#[rustfmt::skip]
fn deictic_and_relative() {
    check(&[
        ("today, tomorrow and yesterday", R, &[
            "today = 2025-11-06",
            "tomorrow = 2025-11-07",
            "yesterday = 2025-11-05",
        ]),
        ("TODAY", R, &["TODAY = 2025-11-06"]),
        ("this week, last week, next week", R, &[
            "this week = 2025-W45",
            "last week = 2025-W44",
            "next week = 2025-W46",
        ]),
        ("this month, last month, next month", R, &[
            "this month = 2025-11",
            "last month = 2025-10",
            "next month = 2025-12",
        ]),
        ("this year, last year, next year", R, &[
            "this year = 2025",
            "last year = 2024",
            "next year = 2026",
        ]),
        ("earlier this month and earlier this week", R, &[
            "earlier this month = 2025-11",
            "earlier this week = 2025-W45",
        ]),
        ("later this year", R, &["later this year = 2025"]),
        ("in late October and early November", R, &[
            "late October = 2025-10",
            "early November = 2025-11",
        ]),
        ("since mid-October", R, &["mid-October = 2025-10"]),
        ("two weeks ago", R, &["two weeks ago = 2025-W43"]),
        ("3 days ago", R, &["3 days ago = 2025-11-03"]),
        ("a year ago", R, &["a year ago = 2024"]),
        ("six months ago", R, &["six months ago = 2025-05"]),
        ("twenty-five years ago", R, &["twenty-five years ago = 2000"]),
        ("a few weeks ago", R, &["a few weeks ago = PAST_REF"]),
        ("this weekend", R, &["this weekend = 2025-W45-WE"]),
        ("in recent days", R, &["in recent days = PAST_REF"]),
        ("in recent weeks", R, &["in recent weeks = PAST_REF"]),
        ("during recent weeks", R, &["recent weeks = PAST_REF"]),
        ("recently", R, &["recently = PAST_REF"]),
        ("as in the past, ", R, &["in the past = PAST_REF"]),
        ("in the future", R, &["in the future = FUTURE_REF"]),
        ("in the near future", R, &["in the near future = FUTURE_REF"]),
        ("in the coming weeks", R, &["in the coming weeks = FUTURE_REF"]),
        ("now and currently, at present", R, &[
            "now = PRESENT_REF",
            "currently = PRESENT_REF",
            "at present = PRESENT_REF",
        ]),
        ("last October", R, &["last October = 2025-10"]),
        ("next May", R, &["next May = 2026-05"]),
    ]);
}

#[test]
#[rustfmt::skip]
fn weekdays() {
    check(&[
        ("Talks will resume on Thursday.", R, &["Thursday = 2025-11-06"]),
        ("He spoke on Thursday.", R, &["Thursday = 2025-11-06"]),
        ("They are due to meet on Monday.", R, &["Monday = 2025-11-10"]),
        ("He resigned on Monday. Talks will follow.", R, &["Monday = 2025-11-03"]),
        ("They'll meet on Friday.", R, &["Friday = 2025-11-07"]),
        ("The summit is scheduled for Saturday.", R, &["Saturday = 2025-11-08"]),
        ("It was set to open on Tuesday.", R, &["Tuesday = 2025-11-11"]),
        ("They met on Tuesday.", R, &["Tuesday = 2025-11-04"]),
        ("last Friday", R, &["last Friday = 2025-10-31"]),
        ("last Thursday", R, &["last Thursday = 2025-10-30"]),
        ("next Monday", R, &["next Monday = 2025-11-10"]),
        ("next Thursday", R, &["next Thursday = 2025-11-13"]),
        ("agreed early on Friday morning", Some("2025-10-31"),
            &["Friday morning = 2025-10-31TMO [TIME]"]),
        ("at 10:30 on Monday", R, &["10:30 = 2025-11-03T10:30 [TIME]", "Monday = 2025-11-03"]),
        ("Saturday's match", R, &["Saturday = 2025-11-01"]),
        ("Talks began on Friday morning.", R, &["Friday morning = 2025-10-31TMO [TIME]"]),
        ("The talks are to be held on Monday.", R, &["Monday = 2025-11-10"]),
        ("She plans to visit on Monday.", R, &["Monday = 2025-11-10"]),
        ("The court is expected to rule on Monday.", R, &["Monday = 2025-11-10"]),
        ("He won't play on Sunday.", R, &["Sunday = 2025-11-09"]),
        ("He won on Sunday.", R, &["Sunday = 2025-11-02"]),
        ("The upcoming vote on Monday.", R, &["Monday = 2025-11-10"]),
        ("The vote was on Monday. The next one is in May.", R, &[
            "Monday = 2025-11-03",
            "May = 2025-05",
        ]),
        ("The vote was due on Monday.", R, &["Monday = 2025-11-10"]),
        ("They will meet this Friday.", R, &["this Friday = 2025-11-07"]),
        // The verb group nearest before the weekday decides, else the one after it.
        ("He said on Monday that talks would resume on Friday.", R,
            &["Monday = 2025-11-03", "Friday = 2025-11-07"]),
        ("Officials will review what happened on Saturday.", R, &["Saturday = 2025-11-01"]),
        ("It announced that the runoff will be held on Sunday.", R, &["Sunday = 2025-11-09"]),
        ("The minister, who will visit Kabul next month, was killed on Monday.", R, &[
            "next month = 2025-12", "Monday = 2025-11-03",
        ]),
        ("On Monday, the court will rule on the appeal.", R, &["Monday = 2025-11-10"]),
        ("On Monday the court ruled against him.", R, &["Monday = 2025-11-03"]),
        ("The cabinet is meeting on Saturday.", R, &["Saturday = 2025-11-08"]),
        ("The cabinet was meeting on Saturday.", R, &["Saturday = 2025-11-01"]),
        ("The planned vote on Sunday.", R, &["Sunday = 2025-11-09"]),
        ("They set a record on Sunday.", R, &["Sunday = 2025-11-02"]),
        ("He spoke out ahead of Tuesday's first leg.", R, &["Tuesday = 2025-11-11"]),
        ("The film had been due to open on Friday.", R, &["Friday = 2025-10-31"]),
    ]);
}

#[test]
#[rustfmt::skip]
fn seasons_and_quarters() {
    check(&[
        ("in summer 2025", R, &["summer 2025 = 2025-SU"]),
        ("the summer of 2024", R, &["summer of 2024 = 2024-SU"]),
        ("last winter", R, &["last winter = 2024-WI"]),
        ("last summer", R, &["last summer = 2025-SU"]),
        ("next spring", R, &["next spring = 2026-SP"]),
        ("Q3 2025", R, &["Q3 2025 = 2025-Q3"]),
        ("in the third quarter", R, &["third quarter = 2025-Q3"]),
        ("third-quarter profits", R, &["third-quarter = 2025-Q3"]),
        ("the fourth quarter of 2004", R, &["fourth quarter of 2004 = 2004-Q4"]),
        ("last quarter", R, &["last quarter = 2025-Q3"]),
    ]);
}

#[test]
#[rustfmt::skip]
fn year_left_out_takes_nearest_year() {
    check(&[
        ("on January 5", Some("2025-12-20"), &["January 5 = 2026-01-05"]),
        ("on December 28", Some("2025-01-10"), &["December 28 = 2024-12-28"]),
        ("on October 25", R, &["October 25 = 2025-10-25"]),
        ("in December", Some("2025-01-10"), &["December = 2024-12"]),
    ]);
}

#[test]
#[rustfmt::skip]
fn without_reference() {
    check(&[
        ("on October 11", None, &["October 11 = XXXX-10-11"]),
        ("in October", None, &["October = XXXX-10"]),
        ("in 2021", None, &["2021 = 2021"]),
        ("October 25 to 31", None, &["October 25 to 31 = XXXX-10-25/XXXX-10-31"]),
        ("the third quarter", None, &["third quarter = XXXX-Q3"]),
        ("today", None, &["today = -"]),
        ("last week", None, &["last week = -"]),
        ("on Thursday", None, &["Thursday = -"]),
        ("two weeks ago", None, &["two weeks ago = -"]),
        ("last winter", None, &["last winter = -"]),
        ("now", None, &["now = PRESENT_REF"]),
        ("recently", None, &["recently = PAST_REF"]),
        ("in the future", None, &["in the future = FUTURE_REF"]),
    ]);
}

#[test]
#[rustfmt::skip]
fn may_and_march() {
    check(&[
        ("In May, prices rose.", R, &["May = 2025-05"]),
        ("on May 5", R, &["May 5 = 2026-05-05"]),
        ("on 5 March", R, &["5 March = 2026-03-05"]),
        ("in March 2025", R, &["March 2025 = 2025-03"]),
        ("since early March", R, &["early March = 2026-03"]),
        ("in April and May", R, &["April = 2026-04", "May = 2025-05"]),
        ("from March to May", R, &["from March to May = 2026-03/2026-05"]),
        ("You may leave.", R, &[]),
        ("May I ask?", R, &[]),
        ("May God help us.", R, &[]),
        ("Theresa May said so.", R, &[]),
        ("as told to Mrs May 2 of them", R, &[]),
        ("They march on Sunday.", R, &["Sunday = 2025-11-02"]),
        ("the March on Washington", R, &[]),
        ("an expected May election", R, &[]),
        ("June Brown and April Jones", R, &[]),
    ]);
}

#[test]
#[rustfmt::skip]
fn traps() {
    check(&[
        ("2,000 troops", R, &[]),
        ("1,500 km", R, &[]),
        ("5 Min Read", R, &[]),
        ("23 soldiers died", R, &[]),
        ("under Section 144", R, &[]),
        ("by 1200 GMT", R, &[]),
        ("call 020 7946 2025 now", R, &["now = PRESENT_REF"]),
        ("call 555-2025", R, &[]),
        ("won 3-1", R, &[]),
        ("Friday prayers", R, &[]),
        ("the 2nd round", R, &[]),
        ("$2025 and £2025 and Rs 2025", R, &[]),
        ("2025 people", R, &[]),
        ("a 2000-year-old bowl", R, &[]),
        ("up 2025%", R, &[]),
        ("see example.com/2025/report and v2025.pdf", R, &[]),
        ("in Windows 2000", R, &[]),
        ("The Sunday Telegraph and the Mail on Sunday", R, &[]),
        ("Good Friday", R, &[]),
        ("USA Today and the Today programme", R, &[]),
        ("a now-defunct firm", R, &[]),
        ("on a Sunday", R, &[]),
        ("the last week of", R, &[]),
        ("his last year in office", R, &[]),
        ("in future years", R, &[]),
        ("in the past", R, &["in the past = PAST_REF"]),
        ("Jan Egeland said", R, &[]),
        ("Saturday Night Takeaway", R, &[]),
        ("the 1000s of fans", R, &[]),
        ("from 9 to 5", R, &[]),
        ("11/10/2025", R, &[]),
        ("Rs. 2025 and No. 2020", R, &[]),
        ("a 2000 sq ft flat, at 2000 GMT", R, &[]),
    ]);
}

/// The seed articles (`seeds/`, publication dates from `seeds/metadata.csv`): every match.
#[test]
#[rustfmt::skip]
fn seed_articles() {
    check(&[
        (include_str!("../../seeds/000_0cefd554b753c38a.txt"), Some("2025-11-05"), &[
            "Tomorrow = 2025-11-06",
            "Thursday = 2025-11-06",
            "last month = 2025-10",
            "October 11 = 2025-10-11",
            "October 19 = 2025-10-19",
            "November 6 = 2025-11-06",
        ]),
        (include_str!("../../seeds/001_cd1ac9f8ddc9261e.txt"), R, &[
            "currently = PRESENT_REF",
            "October 11 = 2025-10-11",
            "October 19 = 2025-10-19",
            "October 25 = 2025-10-25",
            "Today = 2025-11-06",
            "November 6 = 2025-11-06",
            "today = 2025-11-06",
            "months = PXM [DURATION]",
            "November 6th = 2025-11-06",
        ]),
        (include_str!("../../seeds/002_dbcce382ce3bce86.txt"), R, &[
            "today = 2025-11-06",
            "Thursday = 2025-11-06",
            "last month = 2025-10",
            "late October = 2025-10",
            "five-day = P5D [DURATION]",
            "October 25 = 2025-10-25",
            "earlier this week = 2025-W45",
            "August 2021 = 2021-08",
            "Last month = 2025-10",
            "October 12 = 2025-10-12",
            "2021 = 2021",
            "October 17 = 2025-10-17",
            "from October 25 to 31 = 2025-10-25/2025-10-31",
        ]),
        (include_str!("../../seeds/003_f0f75ebd766b140c.txt"), R, &[
            "Today = 2025-11-06",
            "today = 2025-11-06",
            "October 25 = 2025-10-25",
            "today = 2025-11-06",
            "today = 2025-11-06",
            "today = 2025-11-06",
        ]),
        (include_str!("../../seeds/004_a649c7fa00c48f81.txt"), Some("2025-10-31"), &[
            "Friday morning = 2025-10-31TMO [TIME]",
            "earlier this month = 2025-10",
            "Saturday = 2025-10-25",
            "less than a week = P1W [DURATION]",
            "Wednesday = 2025-10-29",
            "Friday = 2025-10-31",
            "November 6 = 2025-11-06",
            "now = PRESENT_REF",
            "five days = P5D [DURATION]",
            "days = PXD [DURATION]",
            "recent weeks = PAST_REF",
            "earlier this month = 2025-10",
            "October 11 = 2025-10-11",
            "October 11 = 2025-10-11",
            "Last week = 2025-W43",
            "Wednesday = 2025-10-29",
            "Last week = 2025-W43",
        ]),
    ]);
}

#[test]
fn spans_are_byte_offsets_on_char_boundaries() {
    let text = "Türkiye’s talks on 25–31 October\u{a0}2025 🎉 and «today» ́";
    let finder = DateFinder::new();
    let found = finder.find(text, Date::parse("2025-11-06").ok());
    let spans: Vec<&str> = found.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(spans, ["25–31 October\u{a0}2025", "today"]);
}

#[test]
fn any_input_is_safe() {
    let finder = DateFinder::new();
    let r = Date::parse("2025-11-06").ok();
    let pieces = [
        "May",
        "5",
        "-",
        "–",
        "2025",
        "from",
        "between",
        "and",
        "to",
        "October",
        "the",
        "6th",
        "of",
        "last",
        "next",
        "mid",
        "ago",
        "two",
        "in",
        "the",
        "past",
        "’",
        "ll",
        ".",
        ",",
        "\n",
        "🎉",
        "\u{301}",
        "Q3",
        "quarter",
        "9999999999",
        "99",
        "Friday",
        "early",
        "1990s",
        "/",
        "$",
    ];
    // Every ordered pair and triple of pieces, with and without spaces.
    for a in pieces {
        for b in pieces {
            for c in pieces {
                for sep in ["", " "] {
                    let text = [a, b, c].join(sep);
                    let found = finder.find(&text, r);
                    let mut at = 0;
                    for m in &found {
                        assert!(
                            m.start >= at && m.start < m.end && text.get(m.start..m.end).is_some()
                        );
                        at = m.end;
                    }
                }
            }
        }
    }
}

#[test]
fn finder_is_shareable() {
    fn shareable<T: Send + Sync + Default + Clone>() {}
    shareable::<DateFinder>();
}

#[test]
fn a_long_text_reads_as_its_paragraphs_do() {
    // Far more tokens than the sliding window holds: every copy of the paragraph must
    // give what the paragraph alone gives, at its own offset.
    let finder = DateFinder::new();
    let reference = Date::from_ymd(2025, 11, 6);
    let paragraph = "Talks resume on Friday, officials said; they met on Monday, \
        October 27, and will meet again next week (2025-11-12). Mid-2024 was calm — \
        \"We'll see,\" he said. 3.5% of 1,200 ... !!! ??? ----\n\n";
    let alone = finder.find(paragraph, reference);
    assert!(alone.len() >= 5, "{alone:?}");
    let copies = 2000;
    let all = finder.find(&paragraph.repeat(copies), reference);
    assert_eq!(all.len(), alone.len() * copies);
    for (k, chunk) in all.chunks(alone.len()).enumerate() {
        let shift = k * paragraph.len();
        for (got, want) in chunk.iter().zip(&alone) {
            assert_eq!((got.start - shift, got.end - shift), (want.start, want.end));
            assert_eq!(got.value, want.value);
        }
    }
}

#[test]
#[rustfmt::skip]
fn times_durations_and_sets() {
    check(&[
        // TIME: clock times, parts of the day, with the day they are on.
        ("at 10:30 a.m. Tuesday", R, &["10:30 a.m. Tuesday = 2025-11-04T10:30 [TIME]"]),
        ("Polls open on Tuesday at 7 a.m. and close at 8 p.m.", R,
            &["Tuesday at 7 a.m. = 2025-11-04T07:00 [TIME]", "8 p.m. = 2025-11-04T20:00 [TIME]"]),
        ("Fighting began on Saturday. It stopped at 6 p.m.", R,
            &["Saturday = 2025-11-01", "6 p.m. = 2025-11-06T18:00 [TIME]"]),
        ("at 6pm today", R, &["6pm today = 2025-11-06T18:00 [TIME]"]),
        ("updated at 09:26 GMT", R, &["09:26 GMT = 2025-11-06T09:26 [TIME]"]),
        ("at 10:30", R, &["10:30 = 2025-11-06T10:30 [TIME]"]),
        ("Fighting resumed on Saturday night.", R, &["Saturday night = 2025-11-01TNI [TIME]"]),
        ("She said this morning that", R, &["this morning = 2025-11-06TMO [TIME]"]),
        ("Shelling went on last night and tonight.", R,
            &["last night = 2025-11-05TNI [TIME]", "tonight = 2025-11-06TNI [TIME]"]),
        ("It was signed yesterday afternoon.", R, &["yesterday afternoon = 2025-11-05TAF [TIME]"]),
        ("The vote ended at midnight.", R, &["midnight = 2025-11-06T24:00 [TIME]"]),
        ("She arrived early Sunday.", R, &["early Sunday = 2025-11-02"]),
        // DURATION
        ("talks lasted two weeks", R, &["two weeks = P2W [DURATION]"]),
        ("held for 48 hours and 90 minutes", R,
            &["48 hours = PT48H [DURATION]", "90 minutes = PT90M [DURATION]"]),
        ("three years of war", R, &["three years = P3Y [DURATION]"]),
        ("over the past decade", R, &["past decade = P1DE [DURATION]"]),
        ("in the past two years", R, &["past two years = P2Y [DURATION]"]),
        ("during the last three months", R, &["last three months = P3M [DURATION]"]),
        ("a month-long strike and a 10-day visit", R,
            &["month-long = P1M [DURATION]", "10-day = P10D [DURATION]"]),
        ("a two-year deal", R, &["two-year = P2Y [DURATION]"]),
        ("for years; within hours", R, &["years = PXY [DURATION]", "hours = PTXH [DURATION]"]),
        ("for several weeks, a few days", R,
            &["several weeks = PXW [DURATION]", "a few days = PXD [DURATION]"]),
        ("more than a year and nearly three years", R,
            &["more than a year = P1Y [DURATION]", "nearly three years = P3Y [DURATION]"]),
        ("two weeks ago", R, &["two weeks ago = 2025-W43"]),
        // SET
        ("every Friday and every four years", R,
            &["every Friday = XXXX-WXX-5 [SET]", "every four years = P4Y [SET]"]),
        ("weekly, annually and twice a week", R,
            &["weekly = P1W [SET]", "annually = P1Y [SET]", "twice a week = P1W [SET]"]),
        ("three times a year; every morning; each summer; on Mondays", R, &[
            "three times a year = P1Y [SET]", "every morning = XXXX-XX-XXTMO [SET]",
            "each summer = XXXX-SU [SET]", "Mondays = XXXX-WXX-1 [SET]",
        ]),
        // Not temporal: names, ages, scores, race times.
        ("a 24-hour news channel and the 100-day plan", R, &[]),
        ("Formula One, 7-Eleven, the 1-2 loss", R, &[]),
        ("the Weekly Standard and the Daily Mail", R, &[]),
        ("a 10-year-old boy ran 3:29.40 and won 2:1", R, &[]),
        ("$5m a year", R, &[]),
        ("John 3:16", R, &[]),
        ("J Noon and the Happy Mondays; a quarter of a point", R, &[]),
    ]);
}
