//! Fault injection for tests: a marker that makes the search panic on any document
//! holding it, so tests can show that a panic fails one document, never a batch (the
//! known panics get fixed, and the guard must stay tested after them).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::RwLock;

static ON: AtomicBool = AtomicBool::new(false);
static MARKER: RwLock<String> = RwLock::new(String::new());

/// Panics on texts holding `marker` from now on (`None`: never).
pub fn inject(marker: Option<String>) {
    let mut held = MARKER
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    ON.store(marker.is_some(), Ordering::SeqCst);
    *held = marker.unwrap_or_default();
}

/// Panics if a fault is injected and `text` holds its marker; one atomic load otherwise.
pub fn check(text: &str) {
    if !ON.load(Ordering::Relaxed) {
        return;
    }
    let marker = MARKER
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if !marker.is_empty() && text.contains(marker.as_str()) {
        panic!("injected fault on a text holding {:?}", *marker);
    }
}

#[cfg(test)]
mod tests {
    use crate::{catch_panic, find_many, ErrorKind, Gazetteer, Matcher};

    #[test]
    fn a_panic_fails_its_document_alone() {
        let mut g = Gazetteer::new();
        g.add("PLACE", "pk", ["Pakistan"]).unwrap();
        let m = Matcher::new(&g).unwrap();
        let docs = [
            Some("Pakistan"),
            Some("<<boom>> Pakistan"),
            None,
            Some("Pakistan."),
        ];
        super::inject(Some("<<boom>>".to_owned()));
        let results = find_many(&m, &docs, &[], Some(2));
        let single = catch_panic(|| m.find("x <<boom>>", None));
        super::inject(None);
        assert_eq!(results.len(), 4);
        assert_eq!(results[0].as_ref().unwrap().len(), 1);
        assert!(matches!(
            results[1].as_ref().unwrap_err().kind(),
            ErrorKind::Internal(_)
        ));
        assert_eq!(results[2].as_ref().unwrap().len(), 0);
        assert_eq!(results[3].as_ref().unwrap().len(), 1);
        assert!(single.is_err());
        assert_eq!(m.find("x <<boom>>", None).unwrap().len(), 0);
    }
}
