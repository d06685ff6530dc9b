//! The saved format: one versioned, checksummed container for `save()` and pickles.
//!
//! ```text
//! magic "GAZET\0SV" | u32 layout version | u64 payload length | u32 CRC-32 of the payload
//! payload: u64 length + options JSON | keys | trie | first words | entities
//!          | u64 length + the caller's extra bytes (the Python gazetteer's records)
//! ```
//!
//! Every number is little-endian. The checksum is checked before anything is parsed, so
//! a damaged file fails as damaged instead of loading with wrong ids or a trie that loops;
//! the arrays are still validated one by one (a file can be written by anyone), and no
//! length is trusted before the bytes it claims are known to be there.

use serde::{Deserialize, Serialize};

use crate::codec::{put_block, take_block};
use crate::entities::Entities;
use crate::error::{Error, ErrorKind};
use crate::resolve::{People, Rules};
use crate::scan::case::CaseMode;
use crate::scan::first_words::FirstWords;
use crate::scan::keys::Keys;
use crate::scan::trie::Trie;
use crate::scan::Scanner;

const MAGIC: &[u8; 8] = b"GAZET\0SV";
/// The layout [`to_bytes`] writes (1 and 2: before the checksummed container, under an
/// older magic).
pub const VERSION: u32 = 5;
/// Magic, version, payload length, checksum.
const HEADER: usize = 8 + 4 + 8 + 4;
/// The magic of layouts 1 and 2, recognised only to say they need a rebuild.
const OLD_MAGICS: [&[u8]; 2] = [b"GAZETC1\0", b"GAZETM1\n"];

/// The options of a saved matcher; the arrays follow as raw words.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Options {
    case: CaseMode,
    dates: bool,
    discover: bool,
    context: bool,
    people: Option<People>,
    entities: usize,
}

/// The parts of a compiled matcher, as [`from_bytes`] reads them back.
pub(crate) struct Parts<'a> {
    pub(crate) scanner: Scanner,
    pub(crate) rules: Rules,
    pub(crate) dates: bool,
    pub(crate) entities: Entities,
    /// The caller's opaque bytes kept in the same container.
    pub(crate) extra: &'a [u8],
}

/// A matcher's parts and `extra` (opaque bytes kept with it) as one container.
pub(crate) fn to_bytes(
    scanner: &Scanner,
    rules: &Rules,
    dates: bool,
    entities: &Entities,
    extra: &[u8],
) -> Vec<u8> {
    let options = Options {
        case: scanner.case,
        dates,
        discover: rules.discover,
        context: rules.context,
        people: rules.people.clone(),
        entities: entities.len(),
    };
    let options = serde_json::to_vec(&options).expect("plain data serializes");
    let size = scanner.memory_usage() + entities.memory_usage();
    let mut payload = Vec::with_capacity(32 + options.len() + extra.len() + size);
    put_block(&mut payload, &options);
    scanner.keys.to_bytes(&mut payload);
    scanner.trie.to_bytes(&mut payload);
    scanner.first_words.to_bytes(&mut payload);
    entities.to_bytes(&mut payload);
    put_block(&mut payload, extra);
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// The parts of a container written by [`to_bytes`], each checked against the others.
pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Parts<'_>, Error> {
    let payload = checked_payload(bytes)?;
    let (options, rest) = take_block(payload).ok_or_else(|| bad("damaged options"))?;
    let options: Options = serde_json::from_slice(options).map_err(|e| bad(&e.to_string()))?;
    let entities = options.entities;
    if !options
        .people
        .as_ref()
        .is_none_or(|p| p.entity_indexes().all(|e| (e as usize) < entities))
    {
        return Err(bad("entity index out of range"));
    }
    let (keys, rest) = Keys::from_bytes(rest, entities).ok_or_else(|| bad("damaged keys"))?;
    let (trie, rest) =
        Trie::from_bytes(rest, keys.len()).ok_or_else(|| bad("damaged name index"))?;
    let (first_words, rest) =
        FirstWords::from_bytes(rest, &trie).ok_or_else(|| bad("damaged first words"))?;
    let (list, rest) = Entities::from_bytes(rest).ok_or_else(|| bad("damaged entities"))?;
    if list.len() != entities {
        return Err(bad("entity count mismatch"));
    }
    let (extra, rest) = take_block(rest).ok_or_else(|| bad("damaged extra data"))?;
    if !rest.is_empty() {
        return Err(bad("trailing bytes"));
    }
    Ok(Parts {
        scanner: Scanner::from_parts(trie, keys, first_words, options.case),
        rules: Rules {
            case: options.case,
            context: options.context,
            people: options.people,
            discover: options.discover,
        },
        dates: options.dates,
        entities: list,
        extra,
    })
}

/// The payload of `bytes` once the magic, the version, the length and the checksum agree.
fn checked_payload(bytes: &[u8]) -> Result<&[u8], Error> {
    if bytes.is_empty() {
        return Err(bad("the data is empty"));
    }
    if OLD_MAGICS.iter().any(|m| bytes.starts_with(m)) {
        return Err(bad(&format!(
            "saved by an older gazet (layout 1 or 2), and this gazet reads layout {VERSION}: build it again"
        )));
    }
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or_else(|| bad("not a gazet matcher file"))?;
    let header = rest
        .get(..HEADER - MAGIC.len())
        .ok_or_else(|| bad("truncated header"))?;
    let version = u32::from_le_bytes(header[..4].try_into().expect("4 bytes"));
    if version != VERSION {
        return Err(bad(&format!(
            "saved in layout {version}, and this gazet reads layout {VERSION}: build it again"
        )));
    }
    let claimed = u64::from_le_bytes(header[4..12].try_into().expect("8 bytes"));
    let sum = u32::from_le_bytes(header[12..16].try_into().expect("4 bytes"));
    let payload = &bytes[HEADER..];
    if claimed != payload.len() as u64 {
        return Err(bad(&format!(
            "truncated or padded: the header says {claimed} bytes of data, {} follow",
            payload.len()
        )));
    }
    if crc32fast::hash(payload) != sum {
        return Err(bad("checksum mismatch: the file is damaged"));
    }
    Ok(payload)
}

fn bad(why: &str) -> Error {
    Error::new(ErrorKind::InvalidData(why.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::Matcher;

    fn to_bytes(m: &Matcher, extra: &[u8]) -> Vec<u8> {
        m.to_bytes_with(extra)
    }

    fn from_bytes(bytes: &[u8]) -> Result<(Matcher, &[u8]), Error> {
        Matcher::from_bytes_with(bytes)
    }

    fn matcher() -> Matcher {
        let mut g = Gazetteer::new();
        g.add("PLACE", "ist", ["Istanbul"]).unwrap();
        g.add("PERSON", "asif", ["Khawaja Asif"]).unwrap();
        Matcher::builder()
            .case(CaseMode::Insensitive)
            .build(&g)
            .unwrap()
    }

    #[test]
    fn round_trip_keeps_results_and_extra_bytes() {
        let m = matcher();
        let bytes = to_bytes(&m, b"records");
        let (back, extra) = from_bytes(&bytes).unwrap();
        let text = "In ISTANBUL on Friday, Khawaja Asif said Asif would stay.";
        assert_eq!(back.find(text, None).unwrap(), m.find(text, None).unwrap());
        assert_eq!(back.case(), CaseMode::Insensitive);
        assert_eq!(extra, b"records");
        assert_eq!(to_bytes(&back, extra), bytes, "saving is deterministic");
    }

    #[test]
    fn damage_is_reported_never_loaded() {
        let bytes = to_bytes(&matcher(), b"records");
        let message = |b: &[u8]| from_bytes(b).unwrap_err().to_string();
        assert!(message(&[]).contains("empty"));
        assert!(message(b"GAZETC1\0rest").contains("older gazet"));
        assert!(message(b"GAZETM1\nrest").contains("older gazet"));
        assert!(message(b"garbage").contains("not a gazet matcher file"));
        assert!(message(&bytes[..10]).contains("truncated header"));
        assert!(message(&bytes[..bytes.len() - 1]).contains("truncated"));
        let mut newer = bytes.clone();
        newer[8] = 9;
        assert!(message(&newer).contains("layout 9"));
        let mut huge = bytes.clone();
        huge[12..20].copy_from_slice(&u64::MAX.to_le_bytes());
        assert!(message(&huge).contains("header says"));
        // Every single-bit flip in the payload fails the checksum.
        for at in (HEADER..bytes.len()).step_by(7) {
            let mut flipped = bytes.clone();
            flipped[at] ^= 1 << (at % 8);
            assert!(message(&flipped).contains("checksum"), "byte {at}");
        }
    }
}
