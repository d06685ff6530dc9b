//! `find_many`: each document gets what `find` gives it, whatever the thread setting,
//! with its own reference date and its own error.

mod common;

use common::{gazetteer, hits, reference, Entry};
use gazet::{find_many, set_parallel, ErrorKind, Gazetteer, Matcher, Reference};

const ENTRIES: &[Entry] = &[
    ("PLACE", "pk", &["Pakistan"]),
    ("PLACE", "qa", &["Qatar"]),
    ("PLACE", "ist", &["Istanbul"]),
    ("PLACE", "tokyo", &["東京"]),
    ("PERSON", "asif", &["Khawaja Asif"]),
];

const THREADS: [Option<usize>; 4] = [None, Some(1), Some(2), Some(3)];

/// Documents of several kinds, None among them: enough that a pool shares them out.
fn documents() -> Vec<Option<String>> {
    let kinds = [
        "Khawaja Asif flew from Pakistan to Qatar yesterday. Asif met envoys.",
        "",
        "Talks in Istanbul resume next Monday; 東京 waits.",
        "😀 Pakistan 𝒜 Qatar on 7 November 2025",
        "Nothing to see here.",
    ];
    (0..240)
        .map(|i| (i % 11 != 3).then(|| format!("{} ({i})", kinds[i % kinds.len()])))
        .collect()
}

fn refs(n: usize) -> Vec<Reference> {
    let days = ["2025-11-06", "2024-02-29", "1999-12-31"];
    (0..n)
        .map(|i| (i % 4 != 0).then(|| days[i % 3]).and_then(reference))
        .collect()
}

#[test]
fn every_document_gets_what_find_gives_it() {
    let m = Matcher::builder()
        .discover(true)
        .build(&gazetteer(ENTRIES))
        .unwrap();
    let owned = documents();
    let docs: Vec<Option<&str>> = owned.iter().map(Option::as_deref).collect();
    let references = refs(docs.len());
    for threads in THREADS {
        for references in [&references[..], &[]] {
            let got = find_many(&m, &docs, references, threads);
            assert_eq!(got.len(), docs.len());
            for (i, (doc, result)) in docs.iter().zip(got).enumerate() {
                let reference = references.get(i).copied().flatten();
                let want = doc.map_or(Ok(Vec::new()), |d| m.find(d, reference));
                assert_eq!(result, want, "document {i}, threads {threads:?}");
            }
        }
    }
}

#[test]
fn documents_found_something() {
    // Guards the test above from comparing empty results with empty results.
    let m = Matcher::new(&gazetteer(ENTRIES)).unwrap();
    let owned = documents();
    let docs: Vec<Option<&str>> = owned.iter().map(Option::as_deref).collect();
    let found = find_many(&m, &docs, &refs(docs.len()), Some(2));
    let non_empty = found
        .iter()
        .filter(|r| !r.as_ref().unwrap().is_empty())
        .count();
    assert!(non_empty > docs.len() / 2, "{non_empty} of {}", docs.len());
}

#[test]
fn none_documents_give_nothing_and_shift_nothing() {
    let m = Matcher::new(&gazetteer(ENTRIES)).unwrap();
    let docs = [None, Some("Pakistan"), None, None, Some("Qatar"), None];
    for threads in THREADS {
        let ids: Vec<Vec<String>> = find_many(&m, &docs, &[], threads)
            .into_iter()
            .map(|r| {
                r.unwrap()
                    .iter()
                    .map(|x| common::what(&m, &x.found))
                    .collect()
            })
            .collect();
        let want: [&[&str]; 6] = [&[], &["pk"], &[], &[], &["qa"], &[]];
        assert_eq!(ids, want, "threads {threads:?}");
    }
    assert!(find_many(&m, &[], &[], None).is_empty());
}

#[test]
fn each_document_resolves_against_its_own_reference() {
    let m = Matcher::new(&Gazetteer::new()).unwrap();
    let text = "Talks ended yesterday.";
    let docs = [Some(text); 4];
    let references = [
        reference("2025-11-06"),
        None,
        reference("2025-01-01"),
        reference("2024-03-01"),
    ];
    for threads in THREADS {
        let values: Vec<String> = find_many(&m, &docs, &references, threads)
            .into_iter()
            .map(|r| common::what(&m, &r.unwrap()[0].found))
            .collect();
        assert_eq!(
            values,
            [
                "DATE 2025-11-05",
                "DATE",
                "DATE 2024-12-31",
                "DATE 2024-02-29"
            ],
            "threads {threads:?}"
        );
    }
    assert_eq!(hits(&m, text, None)[0].1, "DATE");
}

#[test]
fn a_failing_document_fails_alone() {
    // The marker is this test's own, so the other tests' documents never hold it.
    const MARKER: &str = "<<batch fault>>";
    let m = Matcher::new(&gazetteer(ENTRIES)).unwrap();
    let docs = [
        Some("Pakistan and Qatar"),
        Some("Pakistan <<batch fault>>"),
        None,
        Some("Istanbul"),
        Some("<<batch fault>>"),
    ];
    gazet::fault::inject(Some(MARKER.to_owned()));
    let runs: Vec<_> = THREADS
        .iter()
        .map(|&t| (t, find_many(&m, &docs, &[], t)))
        .collect();
    gazet::fault::inject(None);
    for (threads, results) in runs {
        assert_eq!(results.len(), docs.len());
        for (i, (doc, result)) in docs.iter().zip(results).enumerate() {
            match doc {
                Some(d) if d.contains(MARKER) => {
                    let err = result.expect_err("the fault fails its document");
                    assert!(
                        matches!(err.kind(), ErrorKind::Internal(why) if why.contains(MARKER)),
                        "{err:?}"
                    );
                }
                _ => {
                    let want = doc.map_or(Ok(Vec::new()), |d| m.find(d, None));
                    assert_eq!(result, want, "document {i}, threads {threads:?}");
                }
            }
        }
    }
}

#[test]
fn without_parallelism_the_results_are_the_same() {
    let m = Matcher::new(&gazetteer(ENTRIES)).unwrap();
    let owned = documents();
    let docs: Vec<Option<&str>> = owned.iter().map(Option::as_deref).collect();
    let references = refs(docs.len());
    let parallel = find_many(&m, &docs, &references, None);
    set_parallel(false);
    let serial = find_many(&m, &docs, &references, Some(2));
    set_parallel(true);
    assert_eq!(serial, parallel);
}
