//! Bytes → text: byte-order marks, strict UTF-8, UTF-16 without a mark, and a detected legacy
//! encoding as the last resort (reported as a guess). Binary data is refused, not decoded.

use unicode_normalization::UnicodeNormalization;

/// Decoded text and, when the encoding was guessed, a note saying so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// NFC text with `\n` line ends.
    pub text: String,
    /// e.g. "The text encoding was guessed as windows-1252."
    pub warning: Option<String>,
}

/// Decode bytes of unknown encoding; `None` when they look like binary data.
#[must_use]
pub fn decode(bytes: &[u8]) -> Option<Decoded> {
    let (text, warning) = if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        let (cow, _) = enc.decode_without_bom_handling(rest);
        (cow.into_owned(), None)
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_owned(), None)
    } else if let Some(enc) = utf16_without_bom(bytes) {
        let (cow, _) = enc.decode_without_bom_handling(bytes);
        (
            cow.into_owned(),
            Some(format!("The text encoding was guessed as {}.", enc.name())),
        )
    } else {
        let mut det = chardetng::EncodingDetector::new();
        det.feed(bytes, true);
        let enc = det.guess(None, true);
        let (cow, _, _) = enc.decode(bytes);
        (
            cow.into_owned(),
            Some(format!("The text encoding was guessed as {}.", enc.name())),
        )
    };
    if looks_binary(&text) {
        return None;
    }
    Some(Decoded {
        text: to_nfc(unify_newlines(text)),
        warning,
    })
}

/// "\r\n" and lone "\r" as "\n", without a copy when there are none.
pub(crate) fn unify_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// The text in Unicode NFC, so "é" typed two ways is one letter to the extractor; most text
/// already is, and the quick check saves the rewrite.
pub(crate) fn to_nfc(text: String) -> String {
    if nfc_quick_yes(&text) {
        text
    } else {
        text.nfc().collect()
    }
}

/// Whether the NFC quick check says yes to `text`. An ASCII char resets the check's state
/// (it is a starter of class 0, always allowed), so only the runs of other chars need
/// checking, each from a fresh state: the ASCII between them is passed over by blocks.
fn nfc_quick_yes(text: &str) -> bool {
    let mut rest = text;
    loop {
        let start = ascii_prefix_len(rest.as_bytes());
        let tail = rest.get(start..).unwrap_or_default();
        if tail.is_empty() {
            return true;
        }
        let end = tail
            .bytes()
            .position(|b| b.is_ascii())
            .unwrap_or(tail.len());
        let (run, after) = tail.split_at_checked(end).unwrap_or((tail, ""));
        if unicode_normalization::is_nfc_quick(run.chars())
            != unicode_normalization::IsNormalized::Yes
        {
            return false;
        }
        rest = after;
    }
}

/// How many bytes at the start of `bytes` are ASCII, found 64 at a time.
fn ascii_prefix_len(bytes: &[u8]) -> usize {
    let mut n = 0usize;
    for block in bytes.chunks(64) {
        if !block.is_ascii() {
            return n + block.iter().position(|b| !b.is_ascii()).unwrap_or(0);
        }
        n += block.len();
    }
    n
}

/// UTF-16 text without a BOM has a NUL in every other byte for ASCII-heavy text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = bytes.get(..bytes.len().min(4096)).unwrap_or_default();
    let pairs = sample.len() / 2;
    let (mut even_nul, mut odd_nul) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        if let [a, b] = pair {
            even_nul += usize::from(*a == 0);
            odd_nul += usize::from(*b == 0);
        }
    }
    if odd_nul * 10 >= pairs * 6 && even_nul * 10 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even_nul * 10 >= pairs * 6 && odd_nul * 10 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Text with NULs, many control characters or many replacement characters is not prose.
fn looks_binary(text: &str) -> bool {
    const SAMPLE: usize = 64 * 1024;
    let bytes = text.as_bytes();
    if bytes.len() <= SAMPLE {
        // Short enough that the sample of chars is the whole text: counted from the bytes.
        return looks_binary_bytes(bytes);
    }
    let head = bytes.get(..SAMPLE).unwrap_or(bytes);
    if head.is_ascii() {
        // In ASCII every byte is a char.
        return looks_binary_bytes(head);
    }
    looks_binary_chars(text.chars().take(SAMPLE))
}

/// The binary test counted over `chars`: a NUL, or more than one control or replacement
/// char in a hundred.
fn looks_binary_chars(chars: impl Iterator<Item = char>) -> bool {
    let mut total = 0usize;
    let mut bad = 0usize;
    for c in chars {
        total += 1;
        if c == '\0' {
            return true;
        }
        if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) || c == '\u{fffd}' {
            bad += 1;
        }
    }
    total > 0 && bad * 100 > total
}

/// [`looks_binary`] for all the chars of a UTF-8 text, counted over its bytes in passes the
/// compiler turns into vector code (the char-by-char loop was most of decoding a text).
///
/// A char starts at every byte that is not a continuation byte; the control chars beyond
/// ASCII (U+0080 to U+009F) are `C2 80` to `C2 9F`, and U+FFFD is `EF BF BD`.
fn looks_binary_bytes(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let chars = bytes
        .chunks(128)
        .map(|c| {
            usize::from(
                c.iter()
                    .fold(0u8, |n, &b| n + u8::from(!is_continuation(b))),
            )
        })
        .sum::<usize>();
    let mut bad = bytes
        .chunks(128)
        .map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(is_bad_ascii(b)))))
        .sum::<usize>();
    if !bytes.is_ascii() {
        bad += count_after(bytes, 0xC2, |rest| matches!(rest, [0x80..=0x9F, ..]));
        bad += count_after(bytes, 0xEF, |rest| rest.starts_with(&[0xBF, 0xBD]));
    }
    chars > 0 && bad * 100 > chars
}

/// How many `lead` bytes in `bytes` the bytes after them satisfy `rest_ok` for; the lead
/// bytes are found by the fast memory search.
fn count_after(bytes: &[u8], lead: u8, rest_ok: impl Fn(&[u8]) -> bool) -> usize {
    let mut n = 0usize;
    let mut from = 0usize;
    while let Some(at) = bytes
        .get(from..)
        .and_then(|b| super::sniff::position_of(b, lead))
    {
        let after = from + at + 1;
        n += usize::from(rest_ok(bytes.get(after..).unwrap_or_default()));
        from = after;
    }
    n
}

/// A UTF-8 continuation byte (`10xxxxxx`), which starts no char.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// An ASCII control char other than the white space text has (tab, line ends, form feed).
fn is_bad_ascii(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)) || b == 0x7f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_loses_the_bom() {
        let d = decode(b"\xEF\xBB\xBFCaf\xC3\xA9 open").unwrap();
        assert_eq!(d.text, "Café open");
        assert_eq!(d.warning, None);
    }

    #[test]
    fn windows_1252_is_guessed_and_said() {
        let d = decode(b"The caf\xe9 said \x93no\x94 to the m\xe9nage \xe0 trois.").unwrap();
        assert!(d.text.contains("café said “no”"), "{}", d.text);
        assert!(d.warning.unwrap().contains("guessed"));
    }

    #[test]
    fn utf16_le_with_and_without_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Zürich talks".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap().text, "Zürich talks");
        assert_eq!(
            decode(bytes.get(2..).unwrap()).unwrap().text,
            "Zürich talks"
        );
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(&[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 3]).is_none());
        let noise: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 256) as u8).collect();
        assert!(decode(&noise).is_none());
    }

    #[test]
    fn control_chars_make_binary_in_ascii_and_beyond() {
        assert!(looks_binary("a\u{1}b\u{2}c"));
        assert!(looks_binary("x\0"));
        assert!(looks_binary("é\u{1}\u{2}"));
        assert!(!looks_binary("plain\ttext\u{c}\r\n"));
        assert!(!looks_binary(&("word ".repeat(200) + "\u{1}")));
        assert!(looks_binary(&("word ".repeat(10) + "\u{7f}")));
        assert!(!looks_binary(""));
    }

    /// The binary test as a count over all the chars of `text`.
    fn reference_looks_binary(text: &str) -> bool {
        looks_binary_chars(text.chars())
    }

    proptest::proptest! {
        #[test]
        fn the_byte_count_agrees_with_the_char_count(
            body in "[a é\n\t\u{1}\u{7f}\u{85}\u{9f}\u{a0}\u{fffd}\u{ffbd}]{0,12}",
            pad in 0usize..300,
        ) {
            let text = "word ".repeat(pad) + &body;
            proptest::prop_assert_eq!(looks_binary(&text), reference_looks_binary(&text));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_quick_check_by_runs_agrees_with_the_whole_text(
            text in "[ae \u{300}\u{301}\u{316}é\u{0345}\u{2126}\u{ac00}\u{11a8}]{0,12}"
        ) {
            let whole = unicode_normalization::is_nfc_quick(text.chars())
                == unicode_normalization::IsNormalized::Yes;
            proptest::prop_assert_eq!(nfc_quick_yes(&text), whole);
        }
    }

    #[test]
    fn line_ends_are_unified() {
        assert_eq!(decode(b"a\r\nb\rc").unwrap().text, "a\nb\nc");
    }
}
