//! The entities a compiled matcher reports, packed: labels and countries stored once,
//! the ids in one string, and a fixed-size row per entity. A gazetteer's 168k entities
//! take about 7 MB here, against about 28 MB as one `Entity` (four heap strings) each.

use rustc_hash::FxHashMap;

use crate::codec::{read_words, write_words};
use crate::error::{Error, ErrorKind};
use crate::gazetteer::Entity;
use crate::ids::EntityIndex;

const NONE: u32 = u32::MAX;

/// The label, id, country, division and population of each entity, in gazetteer order
/// (the indexes in [`crate::Found::Entity`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entities {
    labels: Vec<String>,
    countries: Vec<String>,
    divisions: Vec<String>,
    ids: String,
    rows: Vec<Row>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Row {
    /// Where the id ends in `ids` (it starts where the previous one ends).
    id_end: u32,
    label: u32,
    /// An index into `countries`, or `NONE`.
    country: u32,
    /// An index into `divisions`, or `NONE`.
    division: u32,
    population: u64,
}

impl Entities {
    /// Packs `entities` (their names are left out); fails if the ids add up to 4 GiB.
    pub fn new(entities: &[Entity]) -> Result<Entities, Error> {
        if entities.len() >= u32::MAX as usize {
            return Err(Error::new(ErrorKind::TooLarge("over 2^32 entities")));
        }
        let mut packed = Entities::default();
        let mut labels = FxHashMap::default();
        let mut countries = FxHashMap::default();
        let mut divisions = FxHashMap::default();
        for e in entities {
            packed.ids.push_str(&e.id);
            let id_end = u32::try_from(packed.ids.len())
                .map_err(|_| Error::new(ErrorKind::TooLarge("entity ids over 4 GiB")))?;
            let label = *labels.entry(e.label.as_str()).or_insert_with(|| {
                packed.labels.push(e.label.clone());
                packed.labels.len() as u32 - 1
            });
            let country = intern(&mut countries, &mut packed.countries, e.country.as_deref());
            let division = intern(&mut divisions, &mut packed.divisions, e.division.as_deref());
            packed.rows.push(Row {
                id_end,
                label,
                country,
                division,
                population: e.population,
            });
        }
        Ok(packed)
    }

    /// How many entities there are.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Every entity's index, in gazetteer order.
    pub fn indexes(&self) -> impl Iterator<Item = EntityIndex> {
        (0..self.len()).map(EntityIndex::new)
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The label of entity `e`.
    pub fn label(&self, e: EntityIndex) -> &str {
        &self.labels[self.rows[e.as_usize()].label as usize]
    }

    /// The distinct labels, in order of first use; [`Entities::label_index`] points in.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The position of entity `e`'s label in [`Entities::labels`].
    pub fn label_index(&self, e: EntityIndex) -> usize {
        self.rows[e.as_usize()].label as usize
    }

    /// The id of entity `e`.
    pub fn id(&self, e: EntityIndex) -> &str {
        self.id_at(e.as_usize())
    }

    fn id_at(&self, e: usize) -> &str {
        let start = e.checked_sub(1).map_or(0, |p| self.rows[p].id_end as usize);
        &self.ids[start..self.rows[e].id_end as usize]
    }

    /// The distinct ids in sorted order, each as the first entity that has it, and each
    /// entity's position in that order: the categories of an id column, where a country
    /// and its demonym (one id, two labels) are one category.
    pub fn distinct_ids(&self) -> (Vec<EntityIndex>, Vec<u32>) {
        let mut order: Vec<u32> = (0..self.len() as u32).collect();
        order.sort_by(|&a, &b| {
            self.id_at(a as usize)
                .cmp(self.id_at(b as usize))
                .then(a.cmp(&b))
        });
        let mut first = Vec::new();
        let mut code = vec![0u32; self.len()];
        for (i, &e) in order.iter().enumerate() {
            let new = i == 0 || self.id_at(order[i - 1] as usize) != self.id_at(e as usize);
            if new {
                first.push(EntityIndex::new(e as usize));
            }
            code[e as usize] = first.len() as u32 - 1;
        }
        (first, code)
    }

    /// The country (ISO 3166-1 alpha-2 code) of entity `e`, if known.
    pub fn country(&self, e: EntityIndex) -> Option<&str> {
        let c = self.rows[e.as_usize()].country;
        (c != NONE).then(|| self.countries[c as usize].as_str())
    }

    /// The id of the first-level division entity `e` lies in, if known.
    pub fn division(&self, e: EntityIndex) -> Option<&str> {
        let d = self.rows[e.as_usize()].division;
        (d != NONE).then(|| self.divisions[d as usize].as_str())
    }

    /// The population of entity `e` (0 if unknown).
    pub fn population(&self, e: EntityIndex) -> u64 {
        self.rows[e.as_usize()].population
    }

    /// Heap bytes used.
    pub fn memory_usage(&self) -> usize {
        self.ids.len() + std::mem::size_of::<Row>() * self.rows.len()
    }

    /// The entities as bytes for [`Entities::from_bytes`].
    pub fn to_bytes(&self, out: &mut Vec<u8>) {
        for list in [&self.labels, &self.countries, &self.divisions] {
            let lens: Vec<u32> = list.iter().map(|s| s.len() as u32).collect();
            write_words(out, &lens);
            list.iter()
                .for_each(|s| out.extend_from_slice(s.as_bytes()));
        }
        let rows: Vec<u32> = self
            .rows
            .iter()
            .flat_map(|r| {
                let p = r.population;
                [
                    r.id_end,
                    r.label,
                    r.country,
                    r.division,
                    p as u32,
                    (p >> 32) as u32,
                ]
            })
            .collect();
        write_words(out, &rows);
        out.extend_from_slice(self.ids.as_bytes());
    }

    /// Reads entities written by [`Entities::to_bytes`] from the front of `input`,
    /// returning them and the rest; `None` if the bytes are damaged.
    pub fn from_bytes(input: &[u8]) -> Option<(Entities, &[u8])> {
        let (labels, rest) = read_strings(input)?;
        let (countries, rest) = read_strings(rest)?;
        let (divisions, rest) = read_strings(rest)?;
        let (words, rest) = read_words(rest)?;
        if words.len() % 6 != 0 {
            return None;
        }
        let rows: Vec<Row> = words
            .chunks_exact(6)
            .map(|w| Row {
                id_end: w[0],
                label: w[1],
                country: w[2],
                division: w[3],
                population: u64::from(w[4]) | u64::from(w[5]) << 32,
            })
            .collect();
        let total = rows.last().map_or(0, |r| r.id_end as usize);
        let (ids, rest) = rest.split_at_checked(total)?;
        let ids = std::str::from_utf8(ids).ok()?.to_owned();
        let mut previous = 0;
        for r in &rows {
            let ok = r.id_end >= previous
                && ids.is_char_boundary(r.id_end as usize)
                && (r.label as usize) < labels.len()
                && (r.country == NONE || (r.country as usize) < countries.len())
                && (r.division == NONE || (r.division as usize) < divisions.len());
            if !ok {
                return None;
            }
            previous = r.id_end;
        }
        let entities = Entities {
            labels,
            countries,
            divisions,
            ids,
            rows,
        };
        Some((entities, rest))
    }
}

/// The index of `value` in `list` (added if new, `seen` remembering where), or `NONE`.
fn intern<'a>(
    seen: &mut FxHashMap<&'a str, u32>,
    list: &mut Vec<String>,
    value: Option<&'a str>,
) -> u32 {
    value.map_or(NONE, |v| {
        *seen.entry(v).or_insert_with(|| {
            list.push(v.to_owned());
            list.len() as u32 - 1
        })
    })
}

/// Reads strings written as their byte lengths (see [`write_words`]) then their bytes.
fn read_strings(input: &[u8]) -> Option<(Vec<String>, &[u8])> {
    let (lens, mut rest) = read_words(input)?;
    let mut out = Vec::with_capacity(lens.len());
    for n in lens {
        let (s, tail) = rest.split_at_checked(n as usize)?;
        out.push(std::str::from_utf8(s).ok()?.to_owned());
        rest = tail;
    }
    Some((out, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(label: &str, id: &str, country: Option<&str>, population: u64) -> Entity {
        Entity {
            label: label.into(),
            id: id.into(),
            names: vec!["a name".into()],
            country: country.map(Into::into),
            population,
            division: None,
        }
    }

    #[test]
    fn packs_and_round_trips() {
        let list = [
            entity("PLACE", "geonames:1", Some("PK"), 10),
            entity("PERSON", "wd:Q1", None, 0),
            Entity {
                division: Some("geonames:3".into()),
                ..entity("PLACE", "geonames:ü2", Some("AF"), u64::MAX)
            },
        ];
        let e = Entities::new(&list).unwrap();
        assert_eq!((e.len(), e.labels().len()), (3, 2));
        for (i, x) in list.iter().enumerate() {
            let i = EntityIndex::new(i);
            assert_eq!(e.label(i), x.label);
            assert_eq!(e.id(i), x.id);
            assert_eq!(e.country(i), x.country.as_deref());
            assert_eq!(e.population(i), x.population);
            assert_eq!(e.division(i), x.division.as_deref());
            assert_eq!(e.labels()[e.label_index(i)], x.label);
        }
        let mut bytes = Vec::new();
        e.to_bytes(&mut bytes);
        bytes.extend_from_slice(b"rest");
        assert_eq!(Entities::from_bytes(&bytes), Some((e, &b"rest"[..])));
        assert!(Entities::from_bytes(&bytes[..bytes.len() - 9]).is_none());
    }

    #[test]
    fn distinct_ids_are_sorted_and_shared_by_labels() {
        let list = [
            entity("PLACE", "pk", Some("PK"), 0),
            entity("PLACE", "af", Some("AF"), 0),
            entity("DEMONYM", "pk", Some("PK"), 0),
            entity("PERSON", "a", None, 0),
        ];
        let e = Entities::new(&list).unwrap();
        let (first, code) = e.distinct_ids();
        let ids: Vec<&str> = first.iter().map(|&f| e.id(f)).collect();
        assert_eq!(ids, ["a", "af", "pk"]);
        assert_eq!(code, [2, 1, 2, 0]);
    }
}
