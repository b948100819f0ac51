//! A page saved by a browser as "web page, single file" (`.mhtml`, `.mht`): a MIME
//! `multipart/related` message whose first `text/html` part is the page. The part is decoded
//! (quoted-printable or base64, in its declared charset) and handed to the HTML reader with
//! the page's address, which can carry the publication date.

/// Whether the bytes are a MIME web archive.
pub(crate) fn looks_like_mhtml(bytes: &[u8], ext: &str) -> bool {
    if matches!(ext, "mhtml" | "mht") {
        return true;
    }
    let head = bytes.get(..4096).unwrap_or(bytes);
    // Searched in the bytes as they are: the needles are ASCII, and decoding or lower-casing
    // a copy first changes no ASCII byte and puts no new one between two.
    super::sniff::find_anchored(head, b"mime-version:", true).is_some()
        && super::sniff::find_anchored(head, b"multipart/related", true).is_some()
}

/// The page inside the archive, with a "saved from" note naming its address so the HTML
/// reader can use a date in it; `None` when there is no HTML part.
pub(crate) fn page(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let (headers, _) = split_headers(&text)?;
    let boundary = header_param(&headers, "content-type", "boundary")?;
    let location = header_value(&headers, "snapshot-content-location")
        .or_else(|| header_value(&headers, "content-location"));
    let delimiter = format!("--{boundary}");
    for part in text.split(delimiter.as_str()).skip(1) {
        let part = part.trim_start_matches(['\r', '\n']);
        if part.starts_with("--") {
            break;
        }
        let Some((h, body)) = split_headers(part) else {
            continue;
        };
        let ctype = header_value(&h, "content-type")
            .unwrap_or_default()
            .to_ascii_lowercase();
        if !ctype.starts_with("text/html") {
            continue;
        }
        let encoding = header_value(&h, "content-transfer-encoding")
            .unwrap_or_default()
            .to_ascii_lowercase();
        let raw = match encoding.as_str() {
            "quoted-printable" => quoted_printable(body),
            "base64" => base64(body)?,
            _ => body.as_bytes().to_vec(),
        };
        let charset =
            header_param(&h, "content-type", "charset").unwrap_or_else(|| "utf-8".to_owned());
        let enc =
            encoding_rs::Encoding::for_label(charset.as_bytes()).unwrap_or(encoding_rs::UTF_8);
        let (html, _) = enc.decode_without_bom_handling(&raw);
        let location = location
            .clone()
            .or_else(|| header_value(&h, "content-location"))
            .unwrap_or_default();
        let note = if location.is_empty() {
            String::new()
        } else {
            format!(
                "<!-- saved from url=({:04}){location} -->\n",
                location.len()
            )
        };
        return Some(format!("{note}{html}"));
    }
    None
}

/// Headers (unfolded) and the body after the first blank line.
fn split_headers(text: &str) -> Option<(Vec<(String, String)>, &str)> {
    let (head, body) = text
        .split_once("\r\n\r\n")
        .or_else(|| text.split_once("\n\n"))?;
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, v)) = headers.last_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
        } else if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    Some((headers, body))
}

fn header_value(headers: &[(String, String)], name: &str) -> Option<String> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

/// A `name=value` parameter of a header (`boundary`, `charset`), quotes removed.
fn header_param(headers: &[(String, String)], header: &str, name: &str) -> Option<String> {
    let value = header_value(headers, header)?;
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case(name)).then(|| v.trim().trim_matches('"').to_owned())
    })
}

fn quoted_printable(body: &str) -> Vec<u8> {
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'=' {
            match (bytes.get(i + 1), bytes.get(i + 2)) {
                (Some(b'\r'), Some(b'\n')) => i += 3,
                (Some(b'\n'), _) => i += 2,
                (Some(h), Some(l)) => match (hex(*h), hex(*l)) {
                    (Some(h), Some(l)) => {
                        out.push(h * 16 + l);
                        i += 3;
                    }
                    _ => {
                        out.push(b);
                        i += 1;
                    }
                },
                _ => {
                    out.push(b);
                    i += 1;
                }
            }
        } else {
            out.push(b);
            i += 1;
        }
    }
    out
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'A'..=b'F' => Some(c - b'A' + 10),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

fn base64(body: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0u32;
    for c in body.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            b'\r' | b'\n' | b' ' | b'\t' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((acc >> bits) & 0xFF).ok()?);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_html_part() {
        let archive = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/2025/02/03/story\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B\"\r\n\r\n\r\n------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>Caf=C3=A9 owners =\r\nprotest.</p>\r\n------B\r\nContent-Type: text/css\r\n\r\np{}\r\n------B--\r\n";
        assert!(looks_like_mhtml(archive.as_bytes(), ""));
        let page = page(archive.as_bytes()).unwrap();
        assert!(page.contains("<p>Café owners protest.</p>"), "{page}");
        assert!(
            page.starts_with("<!-- saved from url=(0037)https://news.example/2025/02/03/story -->"),
            "{page}"
        );
    }

    #[test]
    fn archives_are_recognised_in_any_case_around_stray_bytes() {
        assert!(looks_like_mhtml(
            b"Mime-Version: 1.0\xff\r\nMULTIPART/Related",
            ""
        ));
        assert!(looks_like_mhtml(b"plain text", "mht"));
        assert!(!looks_like_mhtml(
            b"mime-\xffversion: multipart/related",
            ""
        ));
        assert!(!looks_like_mhtml(b"MIME-Version: 1.0 multipart/mixed", ""));
    }

    #[test]
    fn base64_round() {
        assert_eq!(base64("SGFyYm91ciBvcGVucw==").unwrap(), b"Harbour opens");
    }
}
