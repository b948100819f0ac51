//! Word documents → articles: paragraphs in order, the Title/Heading paragraph as the title,
//! core properties as metadata; zip bombs, non-zips and cut-off files explained.

use std::path::{Path, PathBuf};

use briefcard::ingest::{read_bytes, read_path};
use briefcard::model::{RefDateSource, SourceFormat};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/docx")
        .join(name)
}

#[test]
fn word_article_with_properties() {
    let a = read_path(&fixture("article.docx")).unwrap();
    assert_eq!(a.source.format, SourceFormat::Docx);
    assert_eq!(
        a.title.as_deref(),
        Some("Mayor of Kraków opens river tunnel")
    );
    assert_eq!(a.byline.as_deref(), Some("By Agnieszka Wróbel-Nowak"));
    assert_eq!(a.dateline.as_deref(), Some("KRAKÓW, Poland"));
    // No date in the text: the document's creation date, flagged as possibly later.
    assert_eq!(a.published.as_deref(), Some("2025-06-03"));
    assert_eq!(a.published_source, RefDateSource::Metadata);
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains("when the file was made"))
    );
    let paras: Vec<&str> = a.text.split("\n\n").collect();
    assert_eq!(
        paras,
        [
            "Mayor of Kraków opens river tunnel",
            // Runs split inside a name are joined; the tracked deletion is gone.
            "KRAKÓW, Poland — The mayor of Kraków, Tomasz Zieliński, opened a road tunnel under the Vistula on Tuesday, eight months behind schedule and 14 per cent over budget.",
            "“The tunnel takes 20,000 cars a day off the old bridges,” Zieliński told reporters at the southern portal. He thanked residents of Podgórze for their patience.",
            "Engineers said the 2.1-kilometre bore was the first in Poland dug beneath a major river in a city centre. Łucja Kamińska, who led the project, said water seepage in 2023 had forced a redesign of the lining.",
            "Cost",
            "1.9 billion złoty",
            "״זה יום גדול לעיר,״ אמר דוד כהן, מהנדס מתל אביב שעבד על הפרויקט.",
            "Tolls will not be charged for the first year, the city council said.",
        ]
    );
}

#[test]
fn localised_heading_style_and_date_in_the_text() {
    let a = read_path(&fixture("no-metadata.docx")).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Überschwemmung in Passau: Pegel sinkt langsam")
    );
    assert_eq!(a.published.as_deref(), Some("2025-06-03"));
    assert_eq!(a.published_source, RefDateSource::Text);
    assert!(
        a.text
            .contains("Mayor Jürgen Dupper said the old town would stay closed")
    );
}

#[test]
fn zip_bomb_is_refused() {
    let p = fixture("bomb.docx");
    let err = read_path(&p).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "This Word file unpacks to more than 200 MB, far more than any article, so it was not opened: {}",
            p.display()
        )
    );
}

#[test]
fn docx_that_is_not_a_zip_is_explained() {
    let p = fixture("not-a-zip.docx");
    let err = read_path(&p).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "This is not a real Word document (a .docx file is a zip archive, this one is not): {}",
            p.display()
        )
    );
}

#[test]
fn cut_off_docx_is_damaged() {
    let p = fixture("truncated.docx");
    let err = read_path(&p).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "This Word file is damaged or incomplete, so it could not be read: {}",
            p.display()
        )
    );
}

#[test]
fn a_docx_renamed_to_anything_is_still_read_as_word() {
    let bytes = std::fs::read(fixture("article.docx")).unwrap();
    let a = read_bytes(&bytes, "attachment.bin").unwrap();
    assert_eq!(a.source.format, SourceFormat::Docx);
    assert_eq!(
        a.title.as_deref(),
        Some("Mayor of Kraków opens river tunnel")
    );
}

#[test]
fn other_zips_are_named() {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        z.start_file("notes.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut z, b"hello").unwrap();
        z.finish().unwrap();
    }
    let err = read_bytes(buf.get_ref(), "bundle.zip")
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("Zip archive files cannot be opened"),
        "{err}"
    );
    assert!(err.ends_with(": bundle.zip"));
}
