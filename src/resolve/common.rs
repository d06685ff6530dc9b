//! Common words: place names that are also ordinary words ("Reading", "Nice", "Split").
//! A capital at the start of a sentence or in a headline says nothing, so there such a
//! name counts only when the document names its country elsewhere.

use super::context::applies_to;
use super::Document;
use crate::found::Found;
use crate::text::{in_headline, sentence_initial};

/// The rule: vetoes common-word mentions of built-in labels that stand where a capital
/// says nothing, unless the document backs them.
pub(crate) fn veto(doc: &mut Document<'_>) {
    let vetoed: Vec<usize> = (0..doc.mentions.len())
        .filter(|&i| {
            let m = &doc.mentions[i];
            let (Some(key), Found::Entity(e)) = (m.key, &m.found) else {
                return false;
            };
            if !m.kept || !doc.keys.common_word(key) || !applies_to(doc.entities.label(*e)) {
                return false;
            }
            let (start, end) = (m.span.start, m.span.end);
            let positional = sentence_initial(doc.text, start) || in_headline(doc.text, start, end);
            positional && !doc.backed(m)
        })
        .collect();
    for i in vetoed {
        doc.mentions[i].kept = false;
    }
}

#[cfg(test)]
mod tests {
    use crate::{CaseMode, Gazetteer, Matcher};

    fn found(text: &str, case: CaseMode) -> Vec<&str> {
        let mut g = Gazetteer::new();
        g.add("PLACE", "rdg", ["Reading"]).unwrap().country = Some("GB".into());
        g.add("PLACE", "gb", ["Britain"]).unwrap().country = Some("GB".into());
        let m = Matcher::builder()
            .case(case)
            .dates(false)
            .common_words(["Reading"])
            .build(&g)
            .unwrap();
        m.find(text, None)
            .unwrap()
            .into_iter()
            .map(|x| &text[x.span.start..x.span.end])
            .collect()
    }

    #[test]
    fn position_alone_is_not_evidence() {
        assert!(found("Reading is fun.", CaseMode::Smart).is_empty());
        assert_eq!(found("We met in Reading.", CaseMode::Smart), ["Reading"]);
        let backed = "Reading is fun. Britain agrees.";
        assert_eq!(found(backed, CaseMode::Smart), ["Reading", "Britain"]);
        // Insensitive matching has no capitals to read: the rule stays out.
        assert_eq!(found("Reading is fun.", CaseMode::Insensitive), ["Reading"]);
    }
}
