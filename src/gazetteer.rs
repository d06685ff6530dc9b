//! Gazetteer: the entities to find, each with a label, an id and its surface names.

use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};

/// One entity: a label (`PERSON`, `PLACE`, ...), a canonical id and every name it goes by,
/// plus the facts that decide between entities sharing a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The label matches of this entity carry.
    pub label: String,
    /// The canonical id; one label and id make one entity (a DEMONYM may carry its
    /// country's id).
    pub id: String,
    /// Surface names (aliases), in the order added, without repeats.
    pub names: Vec<String>,
    /// ISO 3166-1 alpha-2 code of the entity's country, if known.
    #[serde(default)]
    pub country: Option<String>,
    /// Population (or any prominence count); the larger wins an ambiguous name.
    #[serde(default)]
    pub population: u64,
    /// The id of the first-level division (state, province) the entity lies in, if
    /// known: "Springfield, Illinois" picks the Springfield whose division is Illinois.
    #[serde(default)]
    pub division: Option<String>,
}

/// A list of entities, in the order they were first added (the order the matcher falls
/// back on when the document does not tell entities sharing a name apart).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<Entity>", into = "Vec<Entity>")]
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_key: FxHashMap<(String, String), usize>,
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// Adds names to the entity (`label`, `id`), creating it if it is new, and returns it
    /// (to set its country and population).
    ///
    /// Fails on an empty label or id; nothing is added then. (A name that is empty once
    /// normalized fails the matcher's build.)
    pub fn add<I, S>(&mut self, label: &str, id: &str, names: I) -> Result<&mut Entity, Error>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        if label.trim().is_empty() {
            return Err(Error::new(ErrorKind::EmptyField { field: "label" }));
        }
        if id.trim().is_empty() {
            return Err(Error::new(ErrorKind::EmptyField { field: "entity_id" }));
        }
        let names: Vec<String> = names.into_iter().map(Into::into).collect();
        let key = (label.to_owned(), id.to_owned());
        let index = match self.by_key.get(&key) {
            Some(&i) => i,
            None => {
                self.by_key.insert(key, self.entities.len());
                self.entities.push(Entity {
                    label: label.to_owned(),
                    id: id.to_owned(),
                    names: Vec::new(),
                    country: None,
                    population: 0,
                    division: None,
                });
                self.entities.len() - 1
            }
        };
        let entity = &mut self.entities[index];
        for name in names {
            if !entity.names.contains(&name) {
                entity.names.push(name);
            }
        }
        Ok(entity)
    }

    /// The entities, in the order first added.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// Whether there is no entity.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}

impl From<Vec<Entity>> for Gazetteer {
    fn from(entities: Vec<Entity>) -> Gazetteer {
        let by_key = entities
            .iter()
            .enumerate()
            .map(|(i, e)| ((e.label.clone(), e.id.clone()), i))
            .collect();
        Gazetteer { entities, by_key }
    }
}

impl From<Gazetteer> for Vec<Entity> {
    fn from(g: Gazetteer) -> Vec<Entity> {
        g.entities
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_aliases_of_one_id() {
        let mut g = Gazetteer::new();
        g.add("PLACE", "place:turkiye", ["Türkiye"]).unwrap();
        g.add("PLACE", "place:turkiye", ["Turkey", "Türkiye"])
            .unwrap();
        assert_eq!(g.len(), 1);
        assert_eq!(g.entities()[0].names, ["Türkiye", "Turkey"]);
    }

    #[test]
    fn one_id_under_two_labels_is_two_entities() {
        let mut g = Gazetteer::new();
        g.add("PLACE", "pk", ["Pakistan"]).unwrap().country = Some("PK".into());
        g.add("DEMONYM", "pk", ["Pakistani"]).unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(g.entities()[0].country.as_deref(), Some("PK"));
    }

    #[test]
    fn rejects_bad_entries_without_adding() {
        let mut g = Gazetteer::new();
        g.add("PERSON", "p:1", ["A B"]).unwrap();
        assert!(g.add("", "p:3", ["x"]).is_err());
        assert!(g.add("PERSON", " ", ["x"]).is_err());
        assert_eq!(g.len(), 1);
    }
}
