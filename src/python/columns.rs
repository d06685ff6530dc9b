//! A batch's matches as columns (struct of arrays) for pandas and Arrow, with fixed
//! categories per matcher.

use crate::found::PERSON;
use crate::{CharOffsets, EntityIndex, Found, How, Match, Matcher, TimexType};

/// Little-endian bytes of integers, for numpy's `frombuffer`.
pub(super) fn le_bytes<T: Copy + Into<i64>>(values: &[T]) -> Vec<u8> {
    let width = std::mem::size_of::<T>();
    values
        .iter()
        .flat_map(|&v| v.into().to_le_bytes().into_iter().take(width))
        .collect()
}

/// Distinct values in order of first appearance, and each row's index into them.
pub(super) struct Codes<K> {
    pub(super) codes: Vec<i32>,
    pub(super) categories: Vec<K>,
    pub(super) index: std::collections::HashMap<K, i32>,
}

impl<K: Clone + Eq + std::hash::Hash> Codes<K> {
    pub(super) fn new() -> Codes<K> {
        Codes {
            codes: Vec::new(),
            categories: Vec::new(),
            index: std::collections::HashMap::new(),
        }
    }

    pub(super) fn push(&mut self, value: Option<K>) {
        let code = value.map_or(-1, |v| {
            let next = self.categories.len() as i32;
            *self.index.entry(v.clone()).or_insert_with(|| {
                self.categories.push(v);
                next
            })
        });
        self.codes.push(code);
    }
}

/// The fixed categories of a matcher's label and entity_id columns: every label its
/// entities carry plus DATE and PERSON, and every distinct id, each sorted, so that any
/// two results of one matcher share them (and concatenate as categoricals).
pub(super) struct Categories {
    pub(super) labels: Vec<String>,
    /// The code of each of the core's labels ([`crate::Entities::labels`] order).
    pub(super) label_code: Vec<i32>,
    pub(super) date_code: i32,
    pub(super) person_code: i32,
    /// Each distinct id as the first entity with it, in sorted order.
    pub(super) id_first: Vec<EntityIndex>,
    /// Each entity's id code.
    pub(super) id_code: Vec<u32>,
}

impl Categories {
    pub(super) fn new(matcher: &Matcher) -> Categories {
        let entities = matcher.entities();
        let mut labels: Vec<String> = entities.labels().to_vec();
        labels.extend(["DATE".to_owned(), PERSON.to_owned()]);
        labels.sort();
        labels.dedup();
        let code = |l: &str| {
            labels
                .binary_search_by(|x| x.as_str().cmp(l))
                .expect("listed") as i32
        };
        let label_code = entities.labels().iter().map(|l| code(l)).collect();
        let (date_code, person_code) = (code("DATE"), code(PERSON));
        let (id_first, id_code) = entities.distinct_ids();
        Categories {
            labels,
            label_code,
            date_code,
            person_code,
            id_first,
            id_code,
        }
    }
}

/// Columnar matches of a batch, built without the GIL.
pub(super) struct Columns<'a> {
    pub(super) rows: Vec<i64>,
    pub(super) starts: Vec<i64>,
    pub(super) ends: Vec<i64>,
    pub(super) text_offsets: Vec<i64>,
    pub(super) text_data: String,
    pub(super) labels: Vec<i32>,
    /// Codes into the matcher's ids, then (from `id_first.len()` on) into `people`.
    pub(super) entities: Vec<i32>,
    /// The ids of the people discovery found, in order of first appearance.
    pub(super) people: Codes<&'a str>,
    pub(super) values: Codes<&'a str>,
    /// Codes into [`HOWS`].
    pub(super) hows: Vec<i8>,
    /// Codes into [`TimexType::ALL`], -1 for matches that are not temporal.
    pub(super) timex: Vec<i8>,
}

/// The categories of the `how` column, in code order.
pub(super) const HOWS: [How; 4] = [How::Listed, How::ShortForm, How::Discovered, How::Parsed];

impl<'a> Columns<'a> {
    pub(super) fn build(
        matcher: &'a Matcher,
        categories: &Categories,
        docs: &[Option<&'a str>],
        found: &'a [Vec<Match>],
    ) -> Columns<'a> {
        let mut c = Columns {
            rows: Vec::new(),
            starts: Vec::new(),
            ends: Vec::new(),
            text_offsets: vec![0],
            text_data: String::new(),
            labels: Vec::new(),
            entities: Vec::new(),
            people: Codes::new(),
            values: Codes::new(),
            hows: Vec::new(),
            timex: Vec::new(),
        };
        let fixed = categories.id_first.len() as i32;
        for (row, (text, ms)) in docs.iter().zip(found).enumerate() {
            let Some(text) = text else { continue };
            let mut chars = CharOffsets::new(text);
            for m in ms {
                c.rows.push(row as i64);
                c.starts.push(chars.at(m.span.start) as i64);
                c.ends.push(chars.at(m.span.end) as i64);
                c.text_data.push_str(&text[m.span.start..m.span.end]);
                c.text_offsets.push(c.text_data.len() as i64);
                let (label, entity, value) = match &m.found {
                    Found::Entity(e) => (
                        categories.label_code[matcher.entities().label_index(*e)],
                        categories.id_code[e.as_usize()] as i32,
                        None,
                    ),
                    Found::Person(id) => {
                        c.people.push(Some(id.as_str()));
                        let code = *c.people.codes.last().expect("just pushed");
                        (categories.person_code, fixed + code, None)
                    }
                    Found::Date(value, _) => (categories.date_code, -1, value.as_deref()),
                };
                c.labels.push(label);
                c.entities.push(entity);
                c.values.push(value);
                c.hows
                    .push(HOWS.iter().position(|&h| h == m.how).expect("listed") as i8);
                c.timex.push(match m.found {
                    Found::Date(_, t) => {
                        TimexType::ALL.iter().position(|&x| x == t).expect("all") as i8
                    }
                    _ => -1,
                });
            }
        }
        c
    }
}
