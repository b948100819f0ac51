//! Bad input: every failure is one sentence a person understands, with the file named last.

use std::path::Path;

use briefcard::ingest::{read_bytes, read_path};

fn one_sentence_naming(err: &str, path: &str) {
    assert!(err.ends_with(&format!(": {path}")), "{err}");
    assert!(!err.contains('\n'), "{err}");
    assert!(err.chars().next().is_some_and(char::is_uppercase), "{err}");
}

#[test]
fn empty_and_blank_files() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [
        ("empty.txt", &b""[..]),
        ("blank.html", b"  \n\t\n"),
        ("empty.pdf", b""),
    ] {
        let p = dir.path().join(name);
        std::fs::write(&p, content).unwrap();
        let err = read_path(&p).unwrap_err().to_string();
        assert_eq!(err, format!("The file is empty: {}", p.display()));
    }
}

#[test]
fn binary_files_are_not_articles() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let err = read_bytes(png, "photo.png").unwrap_err().to_string();
    assert_eq!(
        err,
        "This is not an article this app can read (it looks like binary data): photo.png"
    );
    let noise: Vec<u8> = (0..5000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let err = read_bytes(&noise, "data.bin").unwrap_err().to_string();
    assert_eq!(
        err,
        "This is not an article this app can read (it looks like binary data): data.bin"
    );
    let err = read_bytes(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0", "old.doc")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("Old Word (.doc)"), "{err}");
    one_sentence_naming(&err, "old.doc");
}

#[test]
fn folders_missing_files_and_broken_links() {
    let dir = tempfile::tempdir().unwrap();
    let shown = dir.path().display().to_string();
    assert_eq!(
        read_path(dir.path()).unwrap_err().to_string(),
        format!("This is a folder, not a file: {shown}")
    );
    let missing = dir.path().join("gone.txt");
    assert_eq!(
        read_path(&missing).unwrap_err().to_string(),
        format!("There is no file at {}", missing.display())
    );
    let link = dir.path().join("link.html");
    std::os::unix::fs::symlink(dir.path().join("deleted.html"), &link).unwrap();
    assert_eq!(
        read_path(&link).unwrap_err().to_string(),
        format!(
            "This link points to a file that is no longer there: {}",
            link.display()
        )
    );
}

#[test]
fn a_file_over_200_mb_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.txt");
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(201 * 1024 * 1024).unwrap(); // sparse: no disk used
    let err = read_path(&p).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "The file is too large to be an article (201 MB, the limit is 200 MB): {}",
            p.display()
        )
    );
}

#[test]
fn garbage_named_pdf_is_damaged_not_a_crash() {
    let err = read_bytes(
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer",
        "cut.pdf",
    )
    .unwrap_err()
    .to_string();
    one_sentence_naming(&err, "cut.pdf");
    assert!(err.contains("damaged"), "{err}");
}

#[test]
fn readers_ignore_file_names_that_lie() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/simple.pdf");
    let bytes = std::fs::read(p).unwrap();
    let a = read_bytes(&bytes, "report.txt").unwrap();
    assert_eq!(a.source.format, briefcard::model::SourceFormat::Pdf);
}
