//! The app driven through its accessibility tree (egui_kittest, no display): what a person
//! sees and what the exported page says after they change it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;

mod common;
mod pdfread;

use briefcard::app::BriefcardApp;
use common::{Dropped, click, open_via_ui, replace_text, settle, start, value_of};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// The exported page's words (lines are wrapped and laid out in columns: compare words).
fn pdf_text(path: &Path) -> String {
    pdfread::file_words(path)
}

fn export_via_ui(h: &mut Harness<'static, BriefcardApp>, to: &Path) {
    h.state_mut().script_dialog(Some(to.to_path_buf()));
    h.get_by_label("Export PDF…").click();
    h.run_steps(2);
    settle(h);
    assert!(
        to.exists(),
        "no PDF written; status: {:?}",
        h.state().message()
    );
}

#[test]
fn the_app_starts_on_the_sample_with_its_facts() {
    let dir = tempfile::tempdir().unwrap();
    let h = start(dir.path(), None);
    assert!(
        value_of(&h, "Title").contains("Blinken"),
        "title: {}",
        value_of(&h, "Title")
    );
    assert_eq!(value_of(&h, "Who 1 name"), "Antony Blinken");
    assert!(
        h.query_by_label("Where 1 name").is_some(),
        "places are listed"
    );
    assert!(
        h.query_by_label("Page preview").is_some(),
        "the page is previewed"
    );
    assert_eq!(value_of(&h, "Reference date"), "2023-06-14");
    assert!(!h.state().is_dirty());
    assert_eq!(h.state().window_title(), "(built-in sample) — briefcard");
}

#[test]
fn a_pane_the_article_gives_nothing_for_says_so_and_still_takes_an_entry() {
    let dir = tempfile::tempdir().unwrap();
    let sample = start(dir.path(), None);
    assert!(
        sample
            .query_by_label_contains("found in the article")
            .is_none(),
        "the sample fills every pane"
    );
    drop(sample);

    let path = dir.path().join("note.txt");
    std::fs::write(&path, "Hello\n\nThank you for reading. See you soon.\n").unwrap();
    let mut h = start(dir.path(), Some(path));
    assert!(
        h.query_by_label_contains("set the article's date to print it on the page")
            .is_some(),
        "no dates to place: the prompt does not invent examples"
    );
    for note in [
        "No person or organisation found in the article.",
        "No place found in the article.",
        "No date found in the article.",
        "No open issue found in the article.",
    ] {
        assert!(h.query_by_label(note).is_some(), "missing: {note}");
    }
    // The person adds an issue of their own; the note leaves.
    click(&mut h, "Add issue");
    replace_text(&mut h, "Issue 1", "Reader feedback");
    assert!(
        h.query_by_label("No open issue found in the article.")
            .is_none()
    );
    assert_eq!(h.state().card().issues[0].value.label, "Reader feedback");
}

#[test]
fn edits_made_in_the_panes_change_the_exported_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);

    // Edit who: give the second person a role the article never states.
    replace_text(&mut h, "Who 2 role", "Host of the summit");
    assert_eq!(h.state().card().who[1].value.role, "Host of the summit");
    assert!(h.state().card().who[1].state.edited);

    // Add an issue.
    let before = h.state().card().issues.len();
    click(&mut h, "Add issue");
    let n = h.state().card().issues.len();
    assert_eq!(n, before + 1, "Add issue adds one");
    let field = format!("Issue {n}");
    replace_text(&mut h, &field, "Fentanyl precursor exports");
    assert_eq!(
        h.state()
            .card()
            .issues
            .last()
            .map(|i| i.value.label.as_str()),
        Some("Fentanyl precursor exports")
    );

    // Exclude the first place from the page (it stays on the card).
    let place = h.state().card().places[0].value.name.clone();
    click(&mut h, "Where 1 on page");
    assert!(h.state().card().places[0].state.excluded);
    assert!(h.state().is_dirty());
    assert!(
        h.state().window_title().starts_with('●'),
        "dirty marker in the title"
    );

    let pdf = dir.path().join("brief.pdf");
    export_via_ui(&mut h, &pdf);
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Host of the summit"),
        "edited role missing: {text}"
    );
    assert!(
        text.contains("Fentanyl precursor exports"),
        "added issue missing: {text}"
    );
    // The page lists a place as "name kind, CC": the excluded one is gone, the next one stays.
    let listed = |p: &briefcard::model::PlaceItem| format!("{} {}", p.name, p.kind.as_str());
    let card = h.state().card();
    let excluded = listed(&card.places[0].value);
    let kept = listed(&card.places[1].value);
    assert!(
        !text.contains(&excluded),
        "excluded place {place} still listed: {text}"
    );
    assert!(
        text.contains(&kept),
        "the next place is still listed: {text}"
    );
}

#[test]
fn a_bad_file_shows_one_sentence_and_keeps_the_card() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    let title = value_of(&h, "Title");

    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.path().join("photo.txt");
    std::fs::write(
        &binary,
        [0u8, 159, 146, 150, 0, 1, 2, 3, 255, 0, 0, 7].repeat(50),
    )
    .unwrap();

    for bad in [&empty, &binary] {
        h.state_mut().script_dialog(Some(bad.clone()));
        h.get_by_label("Open…").click();
        h.run_steps(2);
        settle(&mut h);
        let msg = h.state().message().unwrap_or_default().to_owned();
        assert!(
            msg.ends_with(&bad.display().to_string()),
            "names the file last: {msg}"
        );
        assert!(!msg.contains(". "), "one sentence: {msg}");
        assert!(
            h.query_by_label_contains(&bad.display().to_string())
                .is_some(),
            "shown in the status bar"
        );
        assert_eq!(value_of(&h, "Title"), title, "the card stays");
    }
}

#[test]
fn choosing_a_fact_marks_its_sentence_in_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    click(&mut h, "Show Who 1 in the article");
    let card = h.state().card();
    let anchor = card.who[0].anchor.clone().unwrap();
    let (s, e) = h.state().selected_sentence().expect("a sentence is marked");
    assert!(
        s <= anchor.start && anchor.end <= e,
        "the marked sentence holds the mention"
    );
    let sentence = chars_between(&card.facts.article.text, s, e);
    assert!(sentence.contains(&anchor.text), "{sentence}");

    click(&mut h, "Show Summary 2 in the article");
    let card = h.state().card();
    let (s, e) = h.state().selected_sentence().expect("a sentence is marked");
    let marked = chars_between(&card.facts.article.text, s, e);
    let lead: String = card.summary[1].value.chars().take(30).collect();
    assert!(marked.contains(&lead), "{marked} / {lead}");
}

/// Ask to close the window as the window manager would.
fn request_close(h: &mut Harness<'static, BriefcardApp>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run_steps(2);
    h.run_ok();
}

#[test]
fn a_saved_card_reopens_with_every_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    replace_text(&mut h, "Title", "Blinken goes to Beijing");
    click(&mut h, "Who 3 on page");
    click(&mut h, "Move Who 2 up");
    assert!(h.state().window_title().starts_with("● "));

    let card_path = dir.path().join("trip.briefcard.json");
    h.state_mut().script_dialog(Some(card_path.clone()));
    click(&mut h, "Save card");
    settle(&mut h);
    assert!(card_path.exists(), "{:?}", h.state().message());
    assert!(!h.state().is_dirty());
    assert_eq!(h.state().window_title(), "trip.briefcard.json — briefcard");
    let saved = h.state().card().clone();

    // Open the sample again, then the card: every edit comes back.
    h.state_mut()
        .run_command(briefcard::app::command::Command::OpenSample);
    settle(&mut h);
    assert_ne!(value_of(&h, "Title"), "Blinken goes to Beijing");
    open_via_ui(&mut h, &card_path);
    let json = briefcard::store::card_to_json;
    assert_eq!(
        json(h.state().card()),
        json(&saved),
        "the card file holds every edit"
    );
    assert_eq!(value_of(&h, "Title"), "Blinken goes to Beijing");
    assert_eq!(value_of(&h, "Who 1 name"), saved.who[0].value.name);
}

#[test]
fn closing_or_opening_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    replace_text(&mut h, "Title", "Draft for the minister");
    click(&mut h, "Add person");

    // Opening something else asks; Cancel keeps everything.
    click(&mut h, "Open…");
    assert!(h.state().is_asking_to_save());
    assert!(
        h.query_by_label("Save changes?").is_some(),
        "the prompt is shown"
    );
    click(&mut h, "Cancel");
    assert!(h.query_by_label("Save changes?").is_none());
    assert_eq!(value_of(&h, "Title"), "Draft for the minister");

    // Closing asks too; Cancel keeps the window open.
    request_close(&mut h);
    assert!(h.query_by_label("Save changes?").is_some());
    assert!(!h.state().close_allowed());
    click(&mut h, "Cancel");
    assert!(!h.state().close_allowed());
    assert!(h.state().is_dirty());

    // Discard lets it close and removes the recovery copy.
    h.state_mut().autosave_now();
    let recovery = h.state().recovery_path().unwrap();
    assert!(recovery.exists(), "unsaved work was backed up");
    request_close(&mut h);
    click(&mut h, "Discard changes");
    assert!(h.state().close_allowed());
    assert!(
        !recovery.exists(),
        "a discarded card leaves no recovery copy"
    );
}

#[test]
fn a_dropped_file_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    let article = dir.path().join("harbour.txt");
    std::fs::write(
        &article,
        "Port strike ends in Rotterdam\n\nROTTERDAM (Reuters) — Dock workers in Rotterdam ended a \
         three-day strike on Tuesday after the port authority agreed to new shift rules, union \
         leader Marit de Vries said.\n",
    )
    .unwrap();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(article.clone())));
    h.run_steps(2);
    settle(&mut h);
    assert!(
        value_of(&h, "Title").contains("Rotterdam"),
        "{:?}",
        h.state().message()
    );
    assert_eq!(h.state().window_title(), "harbour.txt — briefcard");
}

#[test]
fn without_a_desktop_dialog_the_in_app_picker_opens_files() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("harbour.txt");
    std::fs::write(
        &article,
        "Port strike ends in Rotterdam\n\nROTTERDAM (Reuters) — Dock workers ended a strike on \
         Tuesday, union leader Marit de Vries said.\n",
    )
    .unwrap();
    // egui_file's own path fields have no accessible names; everything of ours does.
    let data_dir = dir.path().to_path_buf();
    let mut h = Harness::builder()
        .with_size(common::SIZE)
        .with_accessibility_check(false)
        .build_eframe(move |cc| {
            BriefcardApp::new(
                cc,
                briefcard::app::Startup {
                    path: None,
                    data_dir: Some(data_dir),
                },
            )
        });
    settle(&mut h);
    h.state_mut().use_in_app_picker();
    click(&mut h, "Open…");
    assert!(
        h.query_by_label_contains("Open an article or a card")
            .is_some(),
        "the picker is shown"
    );

    // Type the file's path into the picker's folder field, as a person can.
    let path_field = h
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .filter(|n| n.accesskit_node().label().is_none_or(|l| l.is_empty()))
        .min_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y))
        .unwrap()
        .rect();
    h.get_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.rect() == path_field)
        .unwrap()
        .focus();
    h.run_steps(1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.rect() == path_field)
        .unwrap()
        .type_text(&article.display().to_string());
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    settle(&mut h);
    assert!(
        value_of(&h, "Title").contains("Rotterdam"),
        "{:?}",
        h.state().message()
    );
}

#[test]
fn the_file_named_on_the_command_line_opens_and_a_bad_one_falls_back_to_the_sample() {
    let dir = tempfile::tempdir().unwrap();
    let mut card = briefcard::model::Card::from_facts(briefcard::extract::extract(
        &briefcard::ingest::sample(),
        None,
    ));
    card.title.value = "Saved earlier: the Beijing trip".into();
    card.title.state.edited = true;
    let path = dir.path().join("beijing.briefcard.json");
    briefcard::store::save_card(&card, &path).unwrap();
    let h = start(dir.path(), Some(path));
    assert_eq!(value_of(&h, "Title"), "Saved earlier: the Beijing trip");
    assert_eq!(
        h.state().window_title(),
        "beijing.briefcard.json — briefcard"
    );
    drop(h);

    let missing = dir.path().join("no-such-article.txt");
    let h = start(dir.path(), Some(missing.clone()));
    assert!(
        value_of(&h, "Title").contains("Blinken"),
        "the sample instead"
    );
    let msg = h.state().message().unwrap_or_default();
    assert!(msg.ends_with(&missing.display().to_string()), "{msg}");
}

#[test]
fn export_says_which_characters_the_font_cannot_print() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    replace_text(&mut h, "Title", "Climate talks 🌍 resume");
    let pdf = dir.path().join("globe.pdf");
    export_via_ui(&mut h, &pdf);
    let msg = h.state().message().unwrap_or_default().to_owned();
    assert!(msg.contains("U+1F30D"), "the globe is reported: {msg}");
    assert!(
        msg.starts_with(&format!("Exported {}.", pdf.display())),
        "{msg}"
    );
    let report = h.state().last_export().unwrap();
    assert_eq!(report.unprintable, vec!['🌍']);
}

#[test]
fn hiding_the_map_and_exporting_a_png_work_from_the_page_pane() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    assert!(!h.state().card().meta.hide_map);

    click(&mut h, "Show the map");
    settle(&mut h);
    assert!(h.state().card().meta.hide_map, "the map is switched off");
    assert!(
        h.state().is_dirty(),
        "a page option is a change to the card"
    );

    // The page loses the map's dozens of country outlines.
    let card = h.state().card().clone();
    let mut shown = card.clone();
    shown.meta.hide_map = false;
    let page_with = briefcard::layout::layout_card(&shown);
    let page_without = briefcard::layout::layout_card(&card);
    let paths = |p: &briefcard::layout::PageLayout| {
        p.items
            .iter()
            .filter(|i| matches!(i, briefcard::layout::PageItem::Path(_)))
            .count()
    };
    assert!(
        paths(&page_without) + 20 < paths(&page_with),
        "no map outlines on the page"
    );

    let png = dir.path().join("brief");
    h.state_mut().script_dialog(Some(png.clone()));
    click(&mut h, "File");
    click(&mut h, "Export PNG…");
    settle(&mut h);
    let written = dir.path().join("brief.png");
    let bytes = std::fs::read(&written).expect("the PNG is written with its extension");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a real PNG");
    assert!(bytes.len() > 20_000, "a whole page, not an empty image");
}

#[test]
fn a_handling_marking_typed_in_the_panes_prints_above_the_title() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    click(&mut h, "Page header and footer");
    replace_text(&mut h, "Page header", "INTERNAL — NOT FOR DISTRIBUTION");
    replace_text(&mut h, "Page footer", "Prepared for the minister");
    settle(&mut h);
    let meta = &h.state().card().meta;
    assert_eq!(meta.header, "INTERNAL — NOT FOR DISTRIBUTION");
    assert_eq!(meta.footer, "Prepared for the minister");
    let page = briefcard::layout::layout_card(h.state().card());
    let texts: Vec<&str> = page
        .items
        .iter()
        .filter_map(|i| match i {
            briefcard::layout::PageItem::Text(t) => Some(t.text.as_str()),
            _ => None,
        })
        .collect();
    let joined = texts.join(" ");
    assert!(
        joined.contains("INTERNAL — NOT FOR DISTRIBUTION"),
        "{joined}"
    );
    assert!(joined.contains("Prepared for the minister"));
    assert!(h.state().is_dirty());
}

/// The characters `s..e` of `text` (sentence bounds count characters, not bytes).
fn chars_between(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e - s).collect()
}

/// An invented story with relative dates and nothing that dates it.
const DATELESS: &str = "Harbour strike set to widen\n\n\
    Dockworkers in Portmere will walk out on Sunday, union leader Maria Gonzalez said. \
    The port authority rejected the union's pay demands last week.\n\n\
    Gonzalez said the strike would go on until the authority returns to talks. \
    Mayor Tom Reyes will meet both sides on Monday.\n";

#[test]
fn a_dateless_text_asks_for_its_date_and_setting_it_places_the_dates_and_keeps_edits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("strike.txt");
    std::fs::write(&path, DATELESS).unwrap();
    let mut h = start(dir.path(), Some(path));
    assert_eq!(value_of(&h, "Reference date"), "");
    let prompt = "set the article's date to place 'Sunday', 'last week' on the calendar";
    assert!(
        h.query_by_label_contains(prompt).is_some(),
        "the prompt at the reference date field"
    );
    assert!(
        h.query_by_label_contains("“Sunday”, not on the calendar")
            .is_some(),
        "the pane marks a date it cannot place"
    );
    // The relative dates are listed as written, not invented.
    let card = h.state().card();
    let sunday = card
        .when
        .iter()
        .position(|w| w.value.text == "Sunday")
        .expect("Sunday is listed");
    assert!(card.when[sunday].included(), "on the page");
    assert!(
        card.when.iter().all(|w| w
            .value
            .value
            .as_deref()
            .is_none_or(|v| !v.starts_with(|c: char| c.is_ascii_digit()))),
        "no calendar date invented"
    );

    // The person rewrites one event, then sets the date.
    let field = format!("When {} event", sunday + 1);
    replace_text(&mut h, &field, "Dockers strike at all four terminals");
    assert!(h.state().card().when[sunday].state.edited);
    replace_text(&mut h, "Reference date", "2024-03-06");
    click(&mut h, "Apply reference date");
    settle(&mut h);

    assert!(
        h.query_by_label_contains(prompt).is_none(),
        "the prompt leaves once the date is set"
    );
    assert!(
        h.query_by_label_contains("“Monday”, not on the calendar")
            .is_none(),
        "Monday is placed now"
    );
    let card = h.state().card();
    let value = |text: &str| {
        card.when
            .iter()
            .find(|w| w.value.text == text)
            .and_then(|w| w.value.value.clone())
    };
    assert_eq!(value("Monday").as_deref(), Some("2024-03-11"));
    assert_eq!(value("last week").as_deref(), Some("2024-W09"));
    assert!(
        card.when
            .iter()
            .any(|w| w.value.event == "Dockers strike at all four terminals" && w.state.edited),
        "the edit survives: {:?}",
        card.when.iter().map(|w| &w.value).collect::<Vec<_>>()
    );
    // The pane reads in time order: last week, then the coming days.
    let days: Vec<String> = card
        .when
        .iter()
        .filter_map(|w| w.value.value.clone())
        .filter(|v| v.starts_with("2024"))
        .collect();
    let week = days.iter().position(|v| v == "2024-W09");
    let monday = days.iter().position(|v| v == "2024-03-11");
    assert!(week < monday, "{days:?}");
}

#[test]
fn the_window_icon_is_bundled_and_decodes() {
    let icon = briefcard::app::window_icon().expect("the bundled icon decodes");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    // Transparent corners round the mark, an opaque middle.
    assert_eq!(icon.rgba[3], 0, "the corner is transparent");
    let middle = (128 * 256 + 128) * 4;
    assert_eq!(icon.rgba[middle + 3], 255, "the middle is opaque");
}
