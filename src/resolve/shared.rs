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
    let within: Vec<Option<Within>> = (0..doc.mentions.len())
        .map(|i| inside(doc, i, &first))
        .collect();
    // The divisions the document names ("Illinois") or names a city of ("Dallas": Texas),
    // by the first choices, with the mention that names each.
    let named: Vec<(usize, &str)> = (first.iter().enumerate())
        .filter_map(|(i, e)| Some((i, (*e)?)))
        .filter_map(|(i, e)| Some((i, division(entities, e).or_else(|| entities.division(e))?)))
        .collect();
    // The place named after ", " is the one the pair agrees on ("Columbus, Georgia": the
    // US state, which holds a Columbus, not the country).
    let picks: Vec<(usize, EntityIndex)> = within
        .iter()
        .flatten()
        .filter(|w| w.agreed)
        .map(|w| (w.next, w.pick))
        .collect();
    let mentions = doc.mentions.iter_mut().enumerate();
    for (((i, m), own), within) in mentions.zip(first).zip(within) {
        let (Some(key), Some(own)) = (m.key, own) else {
            continue;
        };
        let support = |c: &str| counts.get(c) - usize::from(entities.country(own) == Some(c));
        // "Paris, Texas", "Hyderabad in Pakistan": the candidates inside that place, those
        // in that very division first ("Springfield, Illinois").
        let all = keys.entities(key);
        let inside: Vec<EntityIndex> = within.map_or_else(Vec::new, |w| w.holding(entities, all));
        // Else those in a division another mention names ("Springfield ... Illinois").
        let others: Vec<&str> = (named.iter()).filter(|n| n.0 != i).map(|n| n.1).collect();
        let in_named = in_divisions(entities, all, &others);
        let candidates = match (inside.is_empty(), in_named.is_empty()) {
            (false, _) => &inside,
            (true, false) => &in_named,
            (true, true) => all,
        };
        m.found = Found::Entity(choose(entities, candidates, &support));
        m.first = Some(own);
    }
    for (j, pick) in picks {
        doc.mentions[j].found = Found::Entity(pick);
    }
    doc.countries = counts;
}

/// The id of `e` if it is a first-level division: a place with a country, no population
/// and no division of its own.
fn division(entities: &Entities, e: EntityIndex) -> Option<&str> {
    let place = entities.label(e) == "PLACE" && entities.population(e) == 0;
    let top = entities.country(e).is_some() && entities.division(e).is_none();
    (place && top).then(|| entities.id(e))
}

/// Of `candidates`, those in one of `divisions` ("Springfield" in a story that names
/// Illinois, "Washington County" in one that names Oregon), when all are small: a
/// namesake of [`REGION`] people or more (Paris, Moscow) or a division itself ("Quebec")
/// is not given up for a state named elsewhere, nor a town for one a tenth its size (a
/// "WASHINGTON" dateline stays D.C.).
fn in_divisions(
    entities: &Entities,
    candidates: &[EntityIndex],
    divisions: &[&str],
) -> Vec<EntityIndex> {
    let small =
        |c: &EntityIndex| entities.population(*c) < REGION && division(entities, *c).is_none();
    if divisions.is_empty() || !candidates.iter().all(small) {
        return Vec::new();
    }
    let biggest = candidates
        .iter()
        .map(|&c| entities.population(c))
        .max()
        .unwrap_or(0);
    candidates
        .iter()
        .copied()
        .filter(|&c| entities.population(c).saturating_mul(10) >= biggest)
        .filter(|&c| entities.division(c).is_some_and(|d| divisions.contains(&d)))
        .collect()
}

/// Where the place named right after a mention says that mention lies.
struct Within<'a> {
    country: &'a str,
    /// The place's id when it is a division (compared with a candidate's division).
    division: Option<&'a str>,
    /// The mention that names the place, the entity it is taken for, and whether that
    /// entity holds a reading of the mention before it (then it is the next one's too).
    next: usize,
    pick: EntityIndex,
    agreed: bool,
}

impl Within<'_> {
    /// Of `candidates`, those in this very division, else those in its country.
    fn holding(&self, entities: &Entities, candidates: &[EntityIndex]) -> Vec<EntityIndex> {
        let here =
            |c: &EntityIndex| self.division.is_some() && entities.division(*c) == self.division;
        let exact: Vec<EntityIndex> = candidates.iter().copied().filter(here).collect();
        if !exact.is_empty() {
            return exact;
        }
        let there = |c: &EntityIndex| entities.country(*c) == Some(self.country);
        candidates.iter().copied().filter(there).collect()
    }
}

/// People a country or first-level division has at least, as far as this rule is
/// concerned: a place this big named right after another says where that one lies.
const REGION: u64 = 2_000_000;

/// The country of the place right after kept mention `i` when it says where `i` lies, and
/// that place's id when it is a division (what a candidate's division is compared with):
/// after ", " or " in " ("Paris, Texas", "Hyderabad in Pakistan"), a first-level
/// division (or another place with a country and no population) or a place of
/// [`REGION`] people or more (a country, or a city whose country
/// a list of places shares anyway: "Lahore, Karachi").
fn inside<'a>(doc: &Document<'a>, i: usize, first: &[Option<EntityIndex>]) -> Option<Within<'a>> {
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
    let (entities, keys) = (doc.entities, doc.keys);
    // A place with a country but no population is a division or region of that country
    // (the built-ins give none to first-level divisions and regions).
    let within = |e: EntityIndex| {
        let population = entities.population(e);
        let country = entities
            .country(e)
            .filter(|_| entities.label(e) == "PLACE")?;
        let division = population == 0;
        (division || population >= REGION).then(|| Within {
            country,
            division: division.then(|| entities.id(e)),
            next: j,
            pick: e,
            agreed: false,
        })
    };
    // Of the readings of the next name (the chosen one first), the first that holds a
    // reading of this one; else the chosen one.
    let chosen = first[j]?;
    let mine = keys.entities(m.key?);
    let others = keys
        .entities(next.key?)
        .iter()
        .copied()
        .filter(|&e| e != chosen);
    std::iter::once(chosen)
        .chain(others)
        .filter_map(within)
        .find(|w| !w.holding(entities, mine).is_empty())
        .map(|w| Within { agreed: true, ..w })
        .or_else(|| within(chosen))
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
            division: None,
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
