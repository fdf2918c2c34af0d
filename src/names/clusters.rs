//! Brown clusters of words (`data/clusters/brown.txt`, compiled by
//! `build.rs`): words that occur in like contexts share a path in a binary
//! tree, so a word the training data never named ("Embraer") shares its
//! path's first steps with words it did ("Boeing"). The name tagger's
//! features read a path's prefixes; see `features.rs`.

use rustc_hash::FxHashMap as HashMap;

/// Each word's path, as a code: the root at the least significant bit and
/// a 1 above the path's last bit ("011" is 0b1110). Decoded once, from
/// bytes embedded in the binary; the words are borrowed from them.
#[derive(Default)]
pub struct Clusters {
    codes: HashMap<&'static str, u32>,
}

impl Clusters {
    /// The shipped clusters, decoded; none if they were malformed, which a
    /// test rules out.
    pub fn embedded() -> Clusters {
        Clusters::from_bytes(crate::resources::CLUSTERS).unwrap_or_default()
    }

    /// Reads the format of `build/clusters.rs`; `None` if malformed.
    pub fn from_bytes(bytes: &'static [u8]) -> Option<Clusters> {
        let n = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
        let codes_end = 4 + n.checked_mul(4)?;
        let codes = bytes.get(4..codes_end)?.chunks_exact(4);
        let text = std::str::from_utf8(&bytes[codes_end..]).ok()?;
        let mut map = HashMap::default();
        let mut groups = text.split('\0');
        for chunk in codes {
            let code = u32::from_le_bytes(chunk.try_into().ok()?);
            for word in groups.next()?.split('\n') {
                map.insert(word, code);
            }
        }
        Some(Clusters { codes: map })
    }

    /// The path code of `word`, exactly as written.
    #[inline]
    pub fn get(&self, word: &str) -> Option<u32> {
        self.codes.get(word).copied()
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

/// The first `k` steps of the path `code`, as a code (the whole path when
/// it is shorter).
#[inline]
pub fn prefix(code: u32, k: u32) -> u32 {
    let len = 31 - code.leading_zeros();
    if len <= k {
        code
    } else {
        (code & ((1 << k) - 1)) | 1 << k
    }
}

/// The path of `code` as written in `brown.txt`, the root first: "011"
/// for 0b1110.
pub fn path(code: u32) -> String {
    let len = 31 - code.leading_zeros();
    (0..len)
        .map(|i| if code >> i & 1 == 1 { '1' } else { '0' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_clusters_decode() {
        let clusters = Clusters::embedded();
        assert!(clusters.len() > 1000, "{} words", clusters.len());
        // Two frequent capitalised words share the first steps of their
        // paths with their kind and not with a function word.
        assert_eq!(path(0b1110), "011");
        let (Some(monday), Some(tuesday)) = (clusters.get("Monday"), clusters.get("Tuesday"))
        else {
            panic!("weekdays have no cluster");
        };
        assert_eq!(prefix(monday, 6), prefix(tuesday, 6));
        assert_eq!(clusters.get("no such word at all"), None);
    }

    #[test]
    fn prefixes_keep_the_root_end() {
        // "011" with its sentinel.
        let code = 0b1110;
        assert_eq!(prefix(code, 1), 0b10);
        assert_eq!(prefix(code, 2), 0b110);
        assert_eq!(prefix(code, 3), code);
        assert_eq!(prefix(code, 20), code);
    }
}
