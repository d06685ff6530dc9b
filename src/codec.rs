//! The saved format's two units, shared by every part that saves itself: arrays of
//! little-endian `u32` words and length-prefixed byte blocks. Readers never trust a
//! length before the bytes it claims are there.

/// Appends `words` as a little-endian u64 count and u32 values.
pub fn write_words(out: &mut Vec<u8>, words: &[u32]) {
    out.extend_from_slice(&(words.len() as u64).to_le_bytes());
    words
        .iter()
        .for_each(|w| out.extend_from_slice(&w.to_le_bytes()));
}

/// Reads what [`write_words`] wrote from the front of `input`: the words and the rest.
pub fn read_words(input: &[u8]) -> Option<(Vec<u32>, &[u8])> {
    let (head, rest) = input.split_at_checked(8)?;
    let n = usize::try_from(u64::from_le_bytes(head.try_into().ok()?)).ok()?;
    let (body, rest) = rest.split_at_checked(n.checked_mul(4)?)?;
    let words = body
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    Some((words, rest))
}

/// Appends `block` with its u64 length in front.
pub fn put_block(out: &mut Vec<u8>, block: &[u8]) {
    out.extend_from_slice(&(block.len() as u64).to_le_bytes());
    out.extend_from_slice(block);
}

/// Reads what [`put_block`] wrote from the front of `input`: the block and the rest.
pub fn take_block(input: &[u8]) -> Option<(&[u8], &[u8])> {
    let (head, rest) = input.split_at_checked(8)?;
    let n = usize::try_from(u64::from_le_bytes(head.try_into().ok()?)).ok()?;
    rest.split_at_checked(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_short_input_fails() {
        let mut out = Vec::new();
        write_words(&mut out, &[1, u32::MAX]);
        put_block(&mut out, b"abc");
        let (words, rest) = read_words(&out).unwrap();
        assert_eq!(words, [1, u32::MAX]);
        assert_eq!(take_block(rest), Some((&b"abc"[..], &b""[..])));
        for cut in 0..out.len() {
            let ok = read_words(&out[..cut]).and_then(|(_, rest)| take_block(rest));
            assert_eq!(ok, None, "cut at {cut}");
        }
    }
}
