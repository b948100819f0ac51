//! PDF files → articles: reading order across columns and pages, hyphenation undone,
//! running headers and page numbers gone, metadata used; scans and locked files explained.

use std::path::{Path, PathBuf};

use briefcard::ingest::read_path;
use briefcard::model::{RefDateSource, SourceFormat};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pdf")
        .join(name)
}

fn pos(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing from:\n{text}"))
}

#[test]
fn two_column_newspaper_page_reads_in_order() {
    let a = read_path(&fixture("two-column.pdf")).unwrap();
    assert_eq!(a.source.format, SourceFormat::Pdf);
    assert_eq!(
        a.title.as_deref(),
        Some("Ferry crews on the western fjords strike over night-shift rules")
    );
    assert_eq!(
        a.byline.as_deref(),
        Some("By Ingrid Søreide and Åsmund Økland")
    );
    // The printed date (6 May) is earlier than the file's creation date (7 May): it wins.
    assert_eq!(a.published.as_deref(), Some("2025-05-06"));
    assert_eq!(a.published_source, RefDateSource::Text);
    assert_eq!(a.dateline.as_deref(), Some("BERGEN, Norway"));
    let t = &a.text;
    // Column 1, then column 2, then page 2, paragraph by paragraph.
    let order = [
        "BERGEN, Norway — Ferry crews on eleven routes along the western fjords stopped work on Monday morning",
        "“Our members are falling asleep on the bridge, and that is a danger to everyone on board,” said Kari Nygård-Haugen, the union’s regional secretary.",
        "Chief executive Øystein Brekke called the strike “disproportionate” and asked the union to return to the negotiating table.",
        "a hotel in Balestrand reported a wave of cancellations from tour groups",
        "Solveig Dahl, a nurse who crosses the fjord every morning to reach the hospital in Førde",
        "Transport minister Jon-Erik Varhaug said he would meet both sides in Oslo on Wednesday.",
        "Ferries carry about nine million passengers a year across the fjords of Vestland county, where many communities have no road link",
        "ended with a pay settlement.",
        "“We are asking to be allowed to sleep.”",
        // Runs on from the last column of page 1 to page 2.
        "Vestlandsferjer said it would publish its own fatigue study on Thursday and invited the union to comment on the draft before it was released to the public and to the county council.",
    ];
    let mut last = 0;
    for s in order {
        let p = pos(t, s);
        assert!(p >= last, "{s:?} is out of order in:\n{t}");
        last = p;
    }
    assert!(t.contains("both sides of the Sognefjord, the seafarers’ union said."));
    for furniture in ["THE NORTHERN LEDGER", "World news", "Page 1 of 2", "Page 2"] {
        assert!(!t.contains(furniture), "{furniture:?} leaked into:\n{t}");
    }
    // Paragraphs come back as paragraphs (title, byline/date, ten paragraphs).
    let paras = t.split("\n\n").count();
    assert!((11..=13).contains(&paras), "{paras} paragraphs:\n{t}");
}

#[test]
fn document_information_gives_title_author_and_date() {
    let a = read_path(&fixture("simple.pdf")).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Drought cuts olive harvest in Andalusia")
    );
    assert_eq!(a.byline.as_deref(), Some("By Lucía Fernández-Ortega"));
    assert_eq!(a.published.as_deref(), Some("2024-12-02"));
    assert_eq!(a.published_source, RefDateSource::Metadata);
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains("when the file was made")),
        "{:?}",
        a.warnings
    );
    assert!(a.text.contains("“The trees are alive, but they are tired,” said José Ángel Muñoz, who farms 40 hectares near Jaén."));
    assert_eq!(a.text.split("\n\n").count(), 4, "{}", a.text);
    assert!(!a.text.ends_with('1'), "page number kept: {}", a.text);
}

#[test]
fn restricted_pdf_without_a_user_password_still_opens() {
    let a = read_path(&fixture("restricted.pdf")).unwrap();
    assert!(
        a.text
            .contains("Olive growers in Andalusia expect to pick about a third less fruit")
    );
}

#[test]
fn scan_without_text_layer_is_explained() {
    let p = fixture("scan.pdf");
    let err = read_path(&p).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "This PDF has no text layer (it looks like a scanned image); run it through text recognition (OCR) or paste the text instead: {}",
            p.display()
        )
    );
}

#[test]
fn password_protected_pdf_is_explained() {
    let p = fixture("encrypted.pdf");
    let err = read_path(&p).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "This PDF is password-protected, so its text cannot be read: {}",
            p.display()
        )
    );
}

#[test]
fn truncated_pdf_is_explained() {
    let p = fixture("truncated.pdf");
    let err = read_path(&p).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "This PDF file is damaged or incomplete, so it could not be read: {}",
            p.display()
        )
    );
}

#[test]
fn a_pdf_the_layout_reader_gives_up_on_still_yields_its_words() {
    let a = read_path(&fixture("odd-smask.pdf")).unwrap();
    assert!(
        a.text.contains(
            "The port of Sines will build a second breakwater, officials said on Friday."
        ),
        "{}",
        a.text
    );
    assert!(a.text.contains("Construction is due to start next spring"));
}
