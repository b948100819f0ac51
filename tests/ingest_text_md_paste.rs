//! Plain text in several encodings, Markdown notes and pasted clipboard text → articles.

use std::path::{Path, PathBuf};

use briefcard::ingest::{read_bytes, read_pasted, read_path};
use briefcard::model::{RefDateSource, SourceFormat};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/text")
        .join(name)
}

#[test]
fn utf16_text_with_bom() {
    let a = read_path(&fixture("utf16-bom.txt")).unwrap();
    assert_eq!(a.source.format, SourceFormat::Txt);
    assert_eq!(a.title.as_deref(), Some("Ministers meet in Vilnius"));
    assert_eq!(a.byline.as_deref(), Some("By Rūta Šimkutė"));
    assert_eq!(a.dateline.as_deref(), Some("VILNIUS, Lithuania (AP)"));
    assert!(
        a.text
            .contains("Foreign ministers from the Baltic states met on Friday")
    );
    assert!(!a.text.contains("Share this article"));
    assert_eq!(a.published, None);
    assert_eq!(a.published_source, RefDateSource::None);
}

#[test]
fn windows_1252_text_is_guessed_and_says_so() {
    let a = read_path(&fixture("windows-1252.txt")).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Café owners in Montréal protest new terrace fees")
    );
    assert!(a.text.contains("city’s new terrace fees"));
    assert!(
        a.text
            .contains("“We cannot pay twice as much for the same sidewalk,” said Renée Beaulieu")
    );
    assert!(
        a.warnings
            .first()
            .unwrap()
            .contains("guessed as windows-1252"),
        "{:?}",
        a.warnings
    );
}

#[test]
fn markdown_note_loses_its_markup() {
    let a = read_path(&fixture("note.md")).unwrap();
    assert_eq!(a.source.format, SourceFormat::Md);
    assert_eq!(
        a.title.as_deref(),
        Some("Wind farm approved off the Galician coast")
    );
    assert_eq!(a.byline.as_deref(), Some("By Begoña Iglesias"));
    assert_eq!(a.published.as_deref(), Some("2025-01-14"));
    assert_eq!(a.published_source, RefDateSource::Metadata);
    assert_eq!(
        a.text,
        "Wind farm approved off the Galician coast\n\n\
         The Spanish government on Tuesday approved a floating wind farm 20 kilometres off A Coruña, the first of its kind in the Atlantic.\n\n\
         “This is a new industry for our ports,” said regional president Xosé Manuel Varela.\n\n\
         What happens next\n\n\
         Construction starts in 2027.\n\n\
         Fishermen’s groups have until March to appeal."
    );
}

#[test]
fn markdown_without_extension_is_recognised() {
    let md = "# Bridge closed for repairs\n\nThe **Öresund** bridge will close for *two nights* next week.\n\n- Trains run\n- Cars wait\n";
    let a = read_bytes(md.as_bytes(), "download").unwrap();
    assert_eq!(a.source.format, SourceFormat::Md);
    assert_eq!(a.title.as_deref(), Some("Bridge closed for repairs"));
    assert!(
        a.text
            .contains("The Öresund bridge will close for two nights next week.")
    );
}

#[test]
fn pasted_plain_text() {
    let a = read_pasted(
        "Talks resume in Geneva\r\n\r\nGENEVA (Reuters) — Negotiators returned to the table on Thursday.\r\n",
        None,
    )
    .unwrap();
    assert_eq!(a.source.format, SourceFormat::Paste);
    assert_eq!(a.source.path, "(pasted text)");
    assert_eq!(a.title.as_deref(), Some("Talks resume in Geneva"));
    assert_eq!(a.dateline.as_deref(), Some("GENEVA (Reuters)"));
    assert_eq!(
        a.text,
        "Talks resume in Geneva\n\nGENEVA (Reuters) — Negotiators returned to the table on Thursday."
    );
}

#[test]
fn a_page_saved_as_text_keeps_its_headline_as_the_title() {
    // A page saved as text puts each paragraph on one line, right under the headline.
    let a = read_pasted(
        "Ferry fares rise for island commuters\n(Updates with operator's comment) The ferry \
         operator on Kestrel Island will raise fares by a fifth in June, the company said on \
         Monday, blaming fuel costs; commuters said they would ask the council to step in.\n\
         The council meets on Thursday.",
        None,
    )
    .unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Ferry fares rise for island commuters")
    );
    let facts = briefcard::extract::extract(&a, None);
    let card = briefcard::model::Card::from_facts(facts);
    assert_eq!(card.title.value, "Ferry fares rise for island commuters");
}

#[test]
fn pasted_html_keeps_paragraphs_the_plain_flavour_lost() {
    let plain = "Dam repairs finished A dam near Mostar reopened on Sunday. Engineer Amra Hadžić said the work took a year.";
    let html = "<meta charset='utf-8'><h1>Dam repairs finished</h1><p>A dam near Mostar reopened on Sunday.</p><p>Engineer <b>Amra Hadžić</b> said the work took a year.</p><script>evil()</script>";
    let a = read_pasted(plain, Some(html)).unwrap();
    assert_eq!(a.source.format, SourceFormat::Paste);
    assert_eq!(a.title.as_deref(), Some("Dam repairs finished"));
    assert_eq!(
        a.text,
        "Dam repairs finished\n\nA dam near Mostar reopened on Sunday.\n\nEngineer Amra Hadžić said the work took a year."
    );
}

#[test]
fn pasted_html_with_less_text_than_the_plain_flavour_is_ignored() {
    let plain = "One. Two. Three. Four. Five. Six. Seven. Eight. Nine. Ten words here.";
    let a = read_pasted(plain, Some("<img src='x.png'>")).unwrap();
    assert!(a.text.contains("Ten words here."));
}

#[test]
fn empty_paste_is_refused() {
    let err = read_pasted("  \n ", None).unwrap_err().to_string();
    assert_eq!(err, "The file is empty: (pasted text)");
}

#[test]
fn a_twenty_megabyte_article_opens() {
    let para = "The committee met again on Thursday to review the harbour budget, and members from all parties asked for more detail on the dredging contract.\n\n";
    let mut text = String::from("Budget review continues\n\n");
    while text.len() < 20 * 1024 * 1024 {
        text.push_str(para);
    }
    let a = read_bytes(text.as_bytes(), "long.txt").unwrap();
    assert!(a.text.len() >= 20 * 1024 * 1024 - 1000);
    assert_eq!(a.title.as_deref(), Some("Budget review continues"));
}

#[test]
fn character_references_in_plain_text_read_as_characters() {
    let text = "Actress joins &#039;Night Harbour&#039; cast\n\n\
                Mara Lind&#39;s casting was confirmed on Friday, her agent said. \
                &quot;It is a big role,&quot; the director said &mdash; and the studio \
                spent &#xa3;2m on the rights. Fans of R&amp;B and AT&T; customers \
                noticed, and &#0; stays as written.";
    let a = read_bytes(text.as_bytes(), "feed.txt").unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Actress joins 'Night Harbour' cast")
    );
    assert!(a.text.contains("Mara Lind's casting"), "{}", a.text);
    assert!(
        a.text
            .contains("\"It is a big role,\" the director said — and"),
        "{}",
        a.text
    );
    assert!(
        a.text.contains("£2m") && a.text.contains("R&B"),
        "{}",
        a.text
    );
    // Unknown or control references stay as the file has them.
    assert!(
        a.text.contains("AT&T;") && a.text.contains("&#0;"),
        "{}",
        a.text
    );
    let p = read_pasted("Rights &amp; wrongs of the &quot;tariff war&quot;", None).unwrap();
    assert!(
        p.text.contains("Rights & wrongs of the \"tariff war\""),
        "{}",
        p.text
    );
}
