//! Shared names: where several entities share a name ("Hyderabad" in India and in
//! Pakistan), the document's other places decide, then population, then gazetteer order.

use super::context::applies_to;
use super::Document;
use crate::entities::Entities;
use crate::found::Found;
use crate::ids::EntityIndex;

/// How often a document names each country (a document names few, so a list).
#[derive(Debug, Default)]
pub(crate) struct Tally<'a>(Vec<(&'a str, usize)>);

impl<'a> Tally<'a> {
    /// The countries of those of `entities` that are places or demonyms (an
    /// organisation's country, "Washington Post", says nothing of the places nearby).
    pub(crate) fn of(all: &'a Entities, entities: impl Iterator<Item = EntityIndex>) -> Tally<'a> {
        let mut tally = Tally::default();
        let places = entities.filter(|&e| applies_to(all.label(e)));
        for c in places.filter_map(|e| all.country(e)) {
            match tally.0.iter_mut().find(|(k, _)| *k == c) {
                Some((_, n)) => *n += 1,
                None => tally.0.push((c, 1)),
            }
        }
        tally
    }

    /// How often country `c` is named.
    pub(crate) fn get(&self, c: &str) -> usize {
        self.0.iter().find(|(k, _)| *k == c).map_or(0, |(_, n)| *n)
    }
}

/// The rule: gives each kept hit of a shared name the entity the document supports
/// best. Pass 1: the countries of unambiguous hits decide; pass 2: the countries of every
/// other hit's pass-1 choice ("PARIS, Texas": Texas is ambiguous too). The pass-2 tally
/// stays on the document as the evidence later rules ask for ([`Document::backed`]). It
/// runs first, and again after the vetoes, so that only accepted hits vote ("Saint
/// Sebastian. Paris office.": the vetoed Sebastian, Texas, does not make Paris Texan).
pub(crate) fn choose_entities(doc: &mut Document<'_>) {
    let (entities, keys) = (doc.entities, doc.keys);
    let sure = Tally::of(
        entities,
        doc.mentions
            .iter()
            .filter(|m| m.kept)
            .filter_map(|m| m.key)
            .filter(|&k| keys.entities(k).len() == 1 && !keys.common_word(k))
            .map(|k| keys.entities(k)[0]),
    );
    let first: Vec<Option<EntityIndex>> = doc
        .mentions
        .iter()
        .map(|m| {
            let candidates = keys.entities(m.key.filter(|_| m.kept)?);
            Some(choose(entities, candidates, &|c| {
                usize::from(sure.get(c) > 0)
            }))
        })
        .collect();
    let counts = Tally::of(entities, first.iter().flatten().copied());
    let within: Vec<Option<&str>> = (0..doc.mentions.len())
        .map(|i| inside(doc, i, &first))
        .collect();
    for ((m, own), within) in doc.mentions.iter_mut().zip(first).zip(within) {
        let (Some(key), Some(own)) = (m.key, own) else {
            continue;
        };
        let support = |c: &str| counts.get(c) - usize::from(entities.country(own) == Some(c));
        // "Paris, Texas", "Hyderabad in Pakistan": the candidates inside that place.
        let all = keys.entities(key);
        let inside: Vec<EntityIndex> = all
            .iter()
            .copied()
            .filter(|&c| within.is_some() && entities.country(c) == within)
            .collect();
        let candidates = if inside.is_empty() { all } else { &inside };
        m.found = Found::Entity(choose(entities, candidates, &support));
        m.first = Some(own);
    }
    doc.countries = counts;
}

/// People a country or first-level division has at least, as far as this rule is
/// concerned: a place this big named right after another says where that one lies.
const REGION: u64 = 2_000_000;

/// The country of the place right after kept mention `i` when it says where `i` lies:
/// after ", " or " in " ("Paris, Texas", "Hyderabad in Pakistan"), a first-level
/// division (or another place with a country and no population) or a place of
/// [`REGION`] people or more (a country, or a city whose country
/// a list of places shares anyway: "Lahore, Karachi").
fn inside<'a>(doc: &Document<'a>, i: usize, first: &[Option<EntityIndex>]) -> Option<&'a str> {
    let m = &doc.mentions[i];
    if !m.kept || m.key.is_none() {
        return None;
    }
    let j = (i + 1..doc.mentions.len()).find(|&j| doc.mentions[j].kept)?;
    let next = &doc.mentions[j];
    let gap = doc.text.get(m.span.end..next.span.start)?;
    if !matches!(gap, ", " | " in ") {
        return None;
    }
    let e = first[j]?;
    let entities = doc.entities;
    // A place with a country but no population is a division or region of that country
    // (the built-ins give none to first-level divisions and regions).
    let population = entities.population(e);
    let place = entities.label(e) == "PLACE";
    let region =
        place && (population == 0 && entities.country(e).is_some() || population >= REGION);
    region.then(|| entities.country(e)).flatten()
}

/// Picks among `candidates` (gazetteer order). A candidate without a country or
/// population (a user's own entry) wins outright, whatever order the gazetteers were
/// added in (the first such). Otherwise the candidates whose country the document names
/// most often (`support`) come first, then the most populous.
pub(crate) fn choose(
    entities: &Entities,
    candidates: &[EntityIndex],
    support: &dyn Fn(&str) -> usize,
) -> EntityIndex {
    let own = |c: &&EntityIndex| entities.country(**c).is_none() && entities.population(**c) == 0;
    if candidates.len() == 1 {
        return candidates[0];
    }
    if let Some(&user) = candidates.iter().find(own) {
        return user;
    }
    let score = |c: EntityIndex| entities.country(c).map_or(0, support);
    let best = candidates.iter().map(|&c| score(c)).max().unwrap_or(0);
    let pool: Vec<EntityIndex> = candidates
        .iter()
        .copied()
        .filter(|&c| score(c) == best)
        .collect();
    let first = pool[0];
    if entities.population(first) == 0 {
        return first;
    }
    pool.iter()
        .copied()
        .filter(|&c| entities.population(c) > 0)
        .max_by_key(|&c| (entities.population(c), std::cmp::Reverse(c)))
        .unwrap_or(first)
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
        let i = |n: &[usize]| n.iter().map(|&n| EntityIndex::new(n)).collect::<Vec<_>>();
        let none = |_: &str| 0;
        let pk = |c: &str| usize::from(c == "PK");
        let pick = |c: &[usize], s: &dyn Fn(&str) -> usize| choose(&e, &i(c), s).as_usize();
        assert_eq!(pick(&[0, 1], &none), 0);
        assert_eq!(pick(&[1, 0], &none), 0);
        assert_eq!(pick(&[0, 1], &pk), 1);
        assert_eq!(pick(&[2, 0, 1], &pk), 2);
        // A user's own entry wins wherever it stands.
        assert_eq!(pick(&[0, 2, 1], &none), 2);
        assert_eq!(pick(&[0, 1, 2], &pk), 2);
        let more_pk = |c: &str| if c == "PK" { 3 } else { 1 };
        assert_eq!(pick(&[0, 1], &more_pk), 1);
    }
}
