//! The command line: no subcommand opens the app; `extract` prints the facts JSON
//! (`shared/facts-json.md`; with `--merge`, one object merging several articles), `render`
//! writes the one-page PDF (of one article, several merged into one card, or a saved card).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};

use crate::model::{Card, FACTS_SCHEMA, Facts, MAX_SOURCES, Paper};
use crate::{extract, layout, render, sidecar, store};

/// Examples and exit codes under `briefcard --help` (the README's command-line section says
/// the same).
const MAIN_EXAMPLES: &str = "\
Examples:
  briefcard                                  the app, on the built-in sample article
  briefcard story.html                       the app, on an article (.html .txt .md .pdf .docx)
  briefcard trip.briefcard.json              the app, on a saved card
  briefcard extract story.html --json        the facts as JSON on stdout
  briefcard render story.html -o brief.pdf   the one-page briefing PDF
  briefcard render a.html b.txt -o brief.pdf one briefing from several articles on a story

Exit codes:
  0  done
  1  the command failed: a file could not be read or written, or no window could be opened
     (one line on stderr says which and why; with extract --jsonl a file that cannot be
     read is an \"error\" line instead, and the others go on)
  2  the command line was not understood (a usage message on stderr)";

const EXTRACT_EXAMPLES: &str = "\
Examples:
  briefcard extract story.html --json
  briefcard extract story.txt --json --reference-date 2024-03-01
  briefcard extract --jsonl a.html b.pdf c.docx > facts.jsonl
  briefcard extract --json --merge a.html b.txt c.pdf    (one merged object, several articles)
  briefcard extract --jsonl --manifest list.tsv    (lines: path<TAB>YYYY-MM-DD, date optional)";

const RENDER_EXAMPLES: &str = "\
Examples:
  briefcard render story.html -o brief.pdf
  briefcard render trip.briefcard.json -o brief.pdf --paper letter
  briefcard render story.txt -o brief.png --reference-date 2024-03-01
  briefcard render wire.html local.txt followup.pdf -o brief.pdf   (one card, three sources)
  briefcard render trip.briefcard.json update.html -o brief.pdf    (a saved card plus an article)";

/// briefcard — the key facts of a news article on one page.
#[derive(Debug, Parser)]
#[command(
    name = "briefcard",
    version,
    args_conflicts_with_subcommands = true,
    after_help = MAIN_EXAMPLES
)]
struct Cli {
    /// An article or a saved `.briefcard.json` card to open in the app (default: the sample).
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the facts of articles as JSON (one object) or JSON Lines (one per file).
    #[command(after_help = EXTRACT_EXAMPLES)]
    Extract {
        /// Print one JSON object for a single file.
        #[arg(long, conflicts_with = "jsonl")]
        json: bool,
        /// Print one JSON line per file, in the order given.
        #[arg(long)]
        jsonl: bool,
        /// With --json: merge the facts of several articles on one story into one object
        /// (with `sources`, per-item `source_count`, `evidence` and `conflicts`).
        #[arg(long, requires = "json")]
        merge: bool,
        /// Read `path<TAB>YYYY-MM-DD` lines (date optional) from this file (with --jsonl).
        #[arg(long, requires = "jsonl")]
        manifest: Option<PathBuf>,
        /// Resolve relative dates against this date (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        reference_date: Option<jiff::civil::Date>,
        /// The articles.
        files: Vec<PathBuf>,
    },
    /// Render the one-page briefing PDF of an article, several articles on one story, or a
    /// saved card.
    #[command(after_help = RENDER_EXAMPLES)]
    Render {
        /// An article or a `.briefcard.json` card, then any further articles on the same
        /// story (at most 10 sources in all): their facts are merged into one card.
        #[arg(required = true, num_args = 1..)]
        files: Vec<PathBuf>,
        /// Where to write the PDF (a PNG image of the page when the name ends in `.png`).
        #[arg(short, long)]
        output: PathBuf,
        /// Paper size.
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
        /// Resolve relative dates against this date (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        reference_date: Option<jiff::civil::Date>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse::<jiff::civil::Date>()
        .map_err(|_| format!("'{s}' is not a date in the form YYYY-MM-DD"))
}

/// What `render` says when the article has no date to read relative dates against.
pub const NO_DATE_NOTE: &str = "no publication date found: relative dates (\"Sunday\", \"last week\") \
     are listed as the article writes them, not placed on the calendar; \
     give --reference-date YYYY-MM-DD to place them";

/// Run the program; the exit code is 0 on success.
#[must_use]
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => crate::app::run(cli.file).map_err(anyhow::Error::msg),
        Some(Command::Extract {
            json,
            jsonl,
            merge,
            manifest,
            reference_date,
            files,
        }) => {
            if merge {
                run_merged_extract(reference_date, &files)
            } else {
                run_extract(json, jsonl, manifest.as_deref(), reference_date, &files)
            }
        }
        Some(Command::Render {
            files,
            output,
            paper,
            reference_date,
        }) => run_render(&files, &output, paper, reference_date),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("briefcard: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Read and extract one file.
///
/// # Errors
/// When the file cannot be read as an article.
pub fn facts_of(path: &Path, reference: Option<jiff::civil::Date>) -> anyhow::Result<Facts> {
    let article = sidecar::read_article(path)?;
    Ok(extract::extract(&article, reference))
}

fn run_extract(
    json: bool,
    jsonl: bool,
    manifest: Option<&Path>,
    reference: Option<jiff::civil::Date>,
    files: &[PathBuf],
) -> anyhow::Result<()> {
    if !json && !jsonl {
        bail!("say --json (one file) or --jsonl (one line per file)");
    }
    if json {
        let [file] = files else {
            bail!("--json takes exactly one file; use --jsonl for several");
        };
        let facts = facts_of(file, reference)?;
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        serde_json::to_writer_pretty(&mut out, &facts)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(());
    }
    let mut jobs: Vec<(PathBuf, Option<jiff::civil::Date>)> =
        files.iter().map(|f| (f.clone(), reference)).collect();
    if let Some(list) = manifest {
        let text = std::fs::read_to_string(list)
            .with_context(|| format!("the manifest could not be read: {}", list.display()))?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let (path, date) = match line.split_once('\t') {
                Some((p, d)) if !d.trim().is_empty() => {
                    let d = parse_date(d.trim()).map_err(|e| {
                        anyhow::anyhow!("line {} of the manifest: {e}: {}", n + 1, list.display())
                    })?;
                    (p, Some(d))
                }
                Some((p, _)) => (p, reference),
                None => (line, reference),
            };
            jobs.push((PathBuf::from(path), date));
        }
    }
    if jobs.is_empty() {
        bail!("no files given");
    }
    let lines = extract_lines_parallel(&jobs);
    write_lines(&mut std::io::stdout().lock(), &lines)?;
    Ok(())
}

/// Write finished lines (each ending in "\n") with vectored writes: a dev set's 2–3 MB of
/// JSON goes out in a few system calls and is never copied into a buffer first.
fn write_lines(out: &mut impl Write, lines: &[String]) -> std::io::Result<()> {
    // Linux takes at most 1024 slices per call.
    for batch in lines.chunks(1024) {
        let mut slices: Vec<std::io::IoSlice<'_>> = batch
            .iter()
            .map(|l| std::io::IoSlice::new(l.as_bytes()))
            .collect();
        let mut rest = slices.as_mut_slice();
        while !rest.is_empty() {
            match out.write_vectored(rest) {
                Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
                Ok(n) => std::io::IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
    out.flush()
}

/// One JSON line per job, in job order, computed on every core.
fn extract_lines_parallel(jobs: &[(PathBuf, Option<jiff::civil::Date>)]) -> Vec<String> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(jobs.len())
        .max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut lines = vec![String::new(); jobs.len()];
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|part| {
                let next = &next;
                s.spawn(move || {
                    // What every article needs is built on two threads at once: the
                    // dateline pattern and the word lists on one, the date pattern (the
                    // costlier to build) on the other.
                    crate::ingest::prepare(part);
                    if part == 0 {
                        extract::prepare();
                    }
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((path, date)) = jobs.get(i) else {
                            break;
                        };
                        done.push((i, json_line(path, *date)));
                    }
                    done
                })
            })
            .collect();
        for h in handles {
            if let Ok(done) = h.join() {
                for (i, line) in done {
                    if let Some(slot) = lines.get_mut(i) {
                        *slot = line;
                    }
                }
            }
        }
    });
    lines
}

/// The facts of one file as one line of JSON, newline included.
fn json_line(path: &Path, date: Option<jiff::civil::Date>) -> String {
    let mut line = match facts_of(path, date) {
        Ok(facts) => facts_json(&facts),
        Err(e) => {
            let format = path
                .extension()
                .map_or_else(|| "txt".to_owned(), |e| e.to_string_lossy().to_lowercase());
            serde_json::json!({
                "schema": FACTS_SCHEMA,
                "source": { "path": path.display().to_string(), "format": format },
                "error": format!("{e:#}"),
            })
            .to_string()
        }
    };
    line.push('\n');
    // The line is kept until every file is done: give back what the estimate over-reserved.
    line.shrink_to_fit();
    line
}

/// The facts as one line of JSON, in a buffer sized up front: a line carries the article's
/// text and about as much again in facts, and growing the buffer by doubling copied it
/// several times over.
fn facts_json(facts: &Facts) -> String {
    let mut buf = Vec::with_capacity(facts.article.text.len() * 3 + 1024);
    if serde_json::to_writer(&mut buf, facts).is_err() {
        return String::new();
    }
    String::from_utf8(buf).unwrap_or_default()
}

/// `extract --json --merge`: the merged facts of several articles as one JSON object (one
/// article: its plain facts object).
fn run_merged_extract(
    reference: Option<jiff::civil::Date>,
    files: &[PathBuf],
) -> anyhow::Result<()> {
    if files.is_empty() {
        bail!("no files given");
    }
    if files.len() > MAX_SOURCES {
        bail!("--merge takes at most {MAX_SOURCES} articles");
    }
    let mut sources: Vec<Facts> = Vec::with_capacity(files.len());
    for f in files {
        let facts = facts_of(f, reference)?;
        if sources
            .iter()
            .any(|s| extract::merge::same_article(s, &facts))
        {
            bail!("{} is the same article twice", f.display());
        }
        sources.push(facts);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if let [one] = sources.as_slice() {
        serde_json::to_writer_pretty(&mut out, one)?;
    } else {
        serde_json::to_writer_pretty(&mut out, &extract::merge::merge(&sources))?;
    }
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

fn run_render(
    files: &[PathBuf],
    output: &Path,
    paper: Option<PaperArg>,
    reference: Option<jiff::civil::Date>,
) -> anyhow::Result<()> {
    let Some((file, more)) = files.split_first() else {
        bail!("no files given");
    };
    let mut card = if store::is_card_path(file) {
        let mut card = store::load_card(file)?;
        if let Some(d) = reference {
            let sources: Vec<Facts> = card
                .sources()
                .map(|f| {
                    let mut article = f.article.clone();
                    article.source = f.source.clone();
                    extract::extract(&article, Some(d))
                })
                .collect();
            extract::merge::refresh(&mut card, sources);
        }
        card
    } else {
        Card::from_facts(facts_of(file, reference)?)
    };
    if card.source_count() + more.len() > MAX_SOURCES {
        bail!("a card holds at most {MAX_SOURCES} articles");
    }
    for f in more {
        extract::merge::add_source(&mut card, facts_of(f, reference)?)?;
    }
    if let Some(p) = paper {
        card.meta.paper = match p {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        };
    }
    let page = layout::layout_card(&card);
    let png = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    let bytes = if png {
        render::png::render(&page, render::png::DEFAULT_DPI)?
    } else {
        render::pdf::render(&page, &render::pdf::PdfMeta::for_card(&card))?
    };
    store::write_atomic(output, &bytes)?;
    if card.meta.reference_date.value.is_none() {
        eprintln!("briefcard: {NO_DATE_NOTE}");
    }
    for note in &page.omitted {
        eprintln!("briefcard: left off the page: {note}");
    }
    if !page.unprintable.is_empty() {
        let chars: String = page.unprintable.iter().collect();
        eprintln!("briefcard: the font cannot print these characters: {chars}");
    }
    Ok(())
}
