//! Recognise a file's format from its first bytes, with the file name's extension only as a
//! tie-breaker: a PDF renamed `.txt` is still a PDF, and a `.docx` that is not a zip is not
//! read as text.

use std::io::Cursor;

/// What the bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A PDF document.
    Pdf,
    /// A zip holding `word/document.xml`.
    Docx,
    /// A recognised format the app does not read (name for the message).
    Unsupported(&'static str),
    /// Named `.docx` but not a zip archive.
    NotAZip,
    /// Binary data of no known kind.
    Binary,
    /// Text of some encoding: plain, HTML or Markdown (decided after decoding).
    Text,
}

/// Magic numbers of binary formats people might try to open, with the name shown.
const MAGICS: &[(&[u8], Option<&str>)] = &[
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        Some("Old Word (.doc) and other Office 97"),
    ),
    (b"{\\rtf", Some("Rich Text (.rtf)")),
    (b"\x89PNG", None),
    (b"\xFF\xD8\xFF", None),
    (b"GIF8", None),
    (b"\x1F\x8B", None),
    (b"\x7FELF", None),
    (b"MZ", None),
    (b"BZh", None),
    (b"7z\xBC\xAF", None),
    (b"Rar!", None),
    (b"OggS", None),
    (b"ID3", None),
    (b"fLaC", None),
    (b"\x00\x00\x00\x18ftyp", None),
    (b"\x00\x00\x00\x20ftyp", None),
    (b"\x00\x00\x00\x1Cftyp", None),
    (b"wOFF", None),
    (b"wOF2", None),
    (b"SQLite format 3", None),
];

/// Decide what `bytes` are; `ext` is the lower-case file extension, or "".
pub(crate) fn detect(bytes: &[u8], ext: &str) -> Kind {
    let head = bytes.get(..1024).unwrap_or(bytes);
    // Some PDF writers put junk before the header; readers accept it within the first 1 KB.
    if find(head, b"%PDF-").is_some() {
        return Kind::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return zip_kind(bytes, ext);
    }
    for (magic, name) in MAGICS {
        if bytes.starts_with(magic) {
            return name.map_or(Kind::Binary, Kind::Unsupported);
        }
    }
    if ext == "docx" {
        return Kind::NotAZip;
    }
    Kind::Text
}

/// A zip is a Word document when it has the main document part; other zipped formats are
/// named so the person knows what to do.
fn zip_kind(bytes: &[u8], ext: &str) -> Kind {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        // A cut-off .docx still shows as damaged Word, not as unknown binary.
        return if ext == "docx" {
            Kind::Docx
        } else {
            Kind::Binary
        };
    };
    if archive.by_name("word/document.xml").is_ok() {
        return Kind::Docx;
    }
    let mimetype = archive.by_name("mimetype").ok().and_then(|mut f| {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::Read::take(&mut f, 200), &mut s).ok()?;
        Some(s)
    });
    match mimetype.as_deref() {
        Some(m) if m.contains("opendocument.text") => Kind::Unsupported("OpenDocument text (.odt)"),
        Some(m) if m.contains("epub") => Kind::Unsupported("E-book (.epub)"),
        _ if ext == "docx" => Kind::Docx,
        _ => Kind::Unsupported("Zip archive"),
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    find_anchored(hay, needle, false)
}

/// Where `needle` first occurs in `hay`, ASCII letters compared without case when `fold`
/// is set.
///
/// Candidates are found by one byte of the needle that prose rarely has (`%`, `:`, `/`,
/// `<`, else any byte but a letter), looked for with the fast memory search behind
/// `contains`: a plain text with none of them costs a fraction of a byte-by-byte window
/// scan. A needle of letters only is searched window by window.
pub(crate) fn find_anchored(hay: &[u8], needle: &[u8], fold: bool) -> Option<usize> {
    let same = |w: &[u8]| {
        if fold {
            w.eq_ignore_ascii_case(needle)
        } else {
            w == needle
        }
    };
    if needle.is_empty() {
        return None;
    }
    let Some(anchor) = needle
        .iter()
        .position(|b| matches!(b, b'%' | b':' | b'/' | b'<'))
        .or_else(|| needle.iter().position(|b| !b.is_ascii_alphabetic()))
    else {
        return hay.windows(needle.len()).position(same);
    };
    let mark = *needle.get(anchor)?;
    let mut from = anchor; // where the anchor byte of the next candidate may be
    loop {
        let at = from + position_of(hay.get(from..)?, mark)?;
        let start = at - anchor;
        if same(hay.get(start..start + needle.len())?) {
            return Some(start);
        }
        from = at + 1;
    }
}

/// The first offset of `byte` in `hay`: blocks without it are passed over by `contains`,
/// which searches a word at a time.
pub(crate) fn position_of(hay: &[u8], byte: u8) -> Option<usize> {
    let mut base = 0usize;
    for block in hay.chunks(256) {
        if block.contains(&byte) {
            return block.iter().position(|&b| b == byte).map(|i| base + i);
        }
        base += block.len();
    }
    None
}

/// HTML by extension, or by a doctype / `<html>` / `<head>` / `<body>` / `<article>` near the
/// start (ASCII-compatible encodings; UTF-16 pages are checked again after decoding).
pub(crate) fn looks_like_html(bytes: &[u8], ext: &str) -> bool {
    if matches!(ext, "html" | "htm" | "xhtml" | "shtml") {
        return true;
    }
    let head = bytes.get(..4096).unwrap_or(bytes);
    // Compared without case in place: a lower-case copy of the head changed only letters.
    let trimmed = trim_start_bom_ws(head);
    let opens_with = |p: &[u8]| {
        trimmed
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    if opens_with(b"<!doctype html") || opens_with(b"<html") {
        return true;
    }
    // A page saved by a browser often starts with a comment; otherwise real markup near the
    // top, not a stray "<b>" in an email.
    trimmed.starts_with(b"<")
        && [
            &b"<html"[..],
            b"<head",
            b"<body",
            b"<article",
            b"<meta ",
            b"<title",
        ]
        .iter()
        .any(|tag| find_anchored(head, tag, true).is_some())
}

fn trim_start_bom_ws(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    b.get(start..).unwrap_or_default()
}

/// Markdown by extension, or text that opens with an ATX heading (`# Title`) or YAML front
/// matter and has more Markdown further on.
pub(crate) fn looks_like_markdown(text: &str, ext: &str) -> bool {
    if matches!(ext, "md" | "markdown" | "mdown" | "mkd") {
        return true;
    }
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_start();
    let opens = first.starts_with("# ") || first.starts_with("## ") || first == "---";
    if !opens {
        return false;
    }
    let marks = text
        .lines()
        .take(200)
        .filter(|l| {
            let t = l.trim_start();
            t.starts_with("#")
                || t.starts_with("* ")
                || t.starts_with("- ")
                || t.starts_with("> ")
                || t.contains("](")
                || t.contains("**")
        })
        .count();
    marks >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_anchored_search_finds_what_a_window_scan_finds(
            hay in "[%pPdDfF:<a/ -]{0,40}",
            needle in "[%pPdDfF:<a/-]{1,5}",
        ) {
            let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
            let exact = hay.windows(needle.len()).position(|w| w == needle);
            let folded = hay
                .windows(needle.len())
                .position(|w| w.eq_ignore_ascii_case(needle));
            proptest::prop_assert_eq!(find_anchored(hay, needle, false), exact);
            proptest::prop_assert_eq!(find_anchored(hay, needle, true), folded);
        }
    }

    #[test]
    fn content_wins_over_extension() {
        assert_eq!(detect(b"%PDF-1.4\n...", "txt"), Kind::Pdf);
        assert_eq!(detect(b"\x89PNG\r\n\x1a\n....", "html"), Kind::Binary);
        assert_eq!(detect(b"plain words", "docx"), Kind::NotAZip);
        assert_eq!(detect(b"plain words", ""), Kind::Text);
        assert_eq!(find_anchored(b"xd", b"D", true), Some(1));
        assert!(looks_like_html(b"\xef\xbb\xbf <!DOCTYPE html><p>x", "txt"));
        assert!(!looks_like_html(b"Dear all, <b>note</b> the date", ""));
        assert!(looks_like_markdown(
            "# Title\n\nSome *text* and a [link](x).\n\n## More\n",
            ""
        ));
        assert!(!looks_like_markdown("Title\n\nSome text.", "txt"));
    }
}
