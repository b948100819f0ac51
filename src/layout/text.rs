//! Measure and break text with the bundled font's real advances: mixed-style spans wrapped
//! greedily into lines, one-word last lines avoided, over-long blocks shortened with "…".

use unicode_normalization::UnicodeNormalization;

use super::fonts::FontBook;
use super::page::{FontFace, Rgb};

/// How a span of text is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Face.
    pub face: FontFace,
    /// Size in points.
    pub size_pt: f32,
    /// Colour.
    pub color: Rgb,
}

/// A stretch of text in one style, before wrapping.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// The text (cleaned with [`clean`] by the caller).
    pub text: String,
    /// Its style.
    pub style: TextStyle,
}

impl Span {
    /// A span of `text` in `style`.
    #[must_use]
    pub fn new(text: impl Into<String>, style: TextStyle) -> Self {
        Self {
            text: text.into(),
            style,
        }
    }
}

/// A piece of one line in one style, `dx` points from the line's left edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Offset from the line start.
    pub dx: f32,
    /// The text.
    pub text: String,
    /// Its style.
    pub style: TextStyle,
    /// Measured width.
    pub width: f32,
}

/// One wrapped line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    /// Pieces left to right.
    pub pieces: Vec<Piece>,
    /// Total width.
    pub width: f32,
}

/// Wrapped text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Wrapped {
    /// The lines.
    pub lines: Vec<Line>,
    /// True when text was cut to respect a line limit.
    pub clamped: bool,
}

/// Text as the page prints it: NFC (the PDF has no shaping, so decomposed accents would
/// misplace), control characters and line breaks as spaces, runs of spaces collapsed.
#[must_use]
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.nfc() {
        if c.is_whitespace() || c.is_control() || c == '\u{FEFF}' {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

struct Token {
    style: TextStyle,
    text: String,
    width: f32,
    /// A space separates it from the previous token (a break opportunity).
    spaced: bool,
}

fn tokenize(book: &FontBook, spans: &[Span]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut pending_space = false;
    for span in spans {
        let mut word = String::new();
        for c in span.text.chars() {
            if c == ' ' {
                if !word.is_empty() {
                    tokens.push(make_token(
                        book,
                        span.style,
                        std::mem::take(&mut word),
                        pending_space,
                    ));
                }
                pending_space = true;
            } else {
                word.push(c);
            }
        }
        if !word.is_empty() {
            tokens.push(make_token(book, span.style, word, pending_space));
            pending_space = false;
        }
    }
    tokens
}

fn make_token(book: &FontBook, style: TextStyle, text: String, spaced: bool) -> Token {
    let width = book.width(style.face, &text, style.size_pt);
    Token {
        style,
        text,
        width,
        spaced,
    }
}

/// Split a token wider than `max_w` into pieces that fit, character by character.
fn split_long(book: &FontBook, tok: Token, max_w: f32) -> Vec<Token> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut spaced = tok.spaced;
    for c in tok.text.chars() {
        cur.push(c);
        if cur.chars().count() > 1 && book.width(tok.style.face, &cur, tok.style.size_pt) > max_w {
            cur.pop();
            let text = std::mem::take(&mut cur);
            out.push(make_token(book, tok.style, text, spaced));
            spaced = true;
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(make_token(book, tok.style, cur, spaced));
    }
    out
}

/// Greedy line breaking: token indices per line.
fn greedy(book: &FontBook, tokens: &[Token], max_w: f32) -> Vec<Vec<usize>> {
    let mut lines: Vec<Vec<usize>> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    let mut x = 0.0;
    for (i, tok) in tokens.iter().enumerate() {
        let gap = if cur.is_empty() || !tok.spaced {
            0.0
        } else {
            book.width(tok.style.face, " ", tok.style.size_pt)
        };
        if !cur.is_empty() && x + gap + tok.width > max_w + 0.01 {
            lines.push(std::mem::take(&mut cur));
            x = tok.width;
        } else {
            x += gap + tok.width;
        }
        cur.push(i);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn build_line(book: &FontBook, tokens: &[Token], idx: &[usize]) -> Line {
    let mut line = Line::default();
    for (n, &i) in idx.iter().enumerate() {
        let Some(tok) = tokens.get(i) else { continue };
        let space = n > 0 && tok.spaced;
        let gap = if space {
            book.width(tok.style.face, " ", tok.style.size_pt)
        } else {
            0.0
        };
        match line.pieces.last_mut() {
            Some(p) if p.style == tok.style => {
                if space {
                    p.text.push(' ');
                }
                p.text.push_str(&tok.text);
                p.width += gap + tok.width;
            }
            _ => {
                // A space between two styles opens the new piece, so copied text keeps it.
                let text = if space {
                    format!(" {}", tok.text)
                } else {
                    tok.text.clone()
                };
                line.pieces.push(Piece {
                    dx: line.width,
                    text,
                    style: tok.style,
                    width: gap + tok.width,
                });
            }
        }
        line.width += gap + tok.width;
    }
    line
}

/// Wrap spans into lines no wider than `max_w` points, avoiding a one-word last line when
/// a slightly narrower measure keeps the same number of lines.
#[must_use]
pub fn wrap(book: &FontBook, spans: &[Span], max_w: f32) -> Wrapped {
    let max_w = max_w.max(1.0);
    let tokens: Vec<Token> = tokenize(book, spans)
        .into_iter()
        .flat_map(|t| {
            if t.width > max_w {
                split_long(book, t, max_w)
            } else {
                vec![t]
            }
        })
        .collect();
    let mut best = greedy(book, &tokens, max_w);
    let widow = |lines: &[Vec<usize>]| {
        lines.len() >= 2
            && lines.last().is_some_and(|l| l.len() == 1)
            && lines.get(lines.len() - 2).is_some_and(|l| l.len() >= 3)
    };
    if widow(&best) {
        for f in [0.97, 0.94, 0.91, 0.88, 0.85] {
            let alt = greedy(book, &tokens, max_w * f);
            if alt.len() == best.len() && !widow(&alt) {
                best = alt;
                break;
            }
        }
    }
    Wrapped {
        lines: best
            .iter()
            .map(|idx| build_line(book, &tokens, idx))
            .collect(),
        clamped: false,
    }
}

/// Wrap and keep at most `max_lines` lines, ending the last kept line with "…".
#[must_use]
pub fn wrap_clamped(book: &FontBook, spans: &[Span], max_w: f32, max_lines: usize) -> Wrapped {
    let mut w = wrap(book, spans, max_w);
    let max_lines = max_lines.max(1);
    if w.lines.len() <= max_lines {
        return w;
    }
    w.lines.truncate(max_lines);
    w.clamped = true;
    if let Some(last) = w.lines.last_mut() {
        add_ellipsis(book, last, max_w);
    }
    w
}

/// Append "…" to a line, dropping characters from its end until it fits in `max_w`.
pub fn add_ellipsis(book: &FontBook, line: &mut Line, max_w: f32) {
    loop {
        let n = line.pieces.len();
        let Some(p) = line.pieces.last_mut() else {
            return;
        };
        let trimmed = p.text.trim_end().to_owned();
        let candidate = format!("{trimmed}…");
        let w = book.width(p.style.face, &candidate, p.style.size_pt);
        if p.dx + w <= max_w || trimmed.chars().count() <= 1 {
            p.text = candidate;
            p.width = w;
            line.width = p.dx + w;
            return;
        }
        let mut shorter = trimmed;
        shorter.pop();
        if shorter.trim().is_empty() && n > 1 {
            line.pieces.pop();
        } else {
            p.text = shorter;
        }
    }
}

/// One line of `text` in `style`, shortened with "…" to fit `max_w`.
#[must_use]
pub fn fit_line(book: &FontBook, text: &str, style: TextStyle, max_w: f32) -> Piece {
    let width = book.width(style.face, text, style.size_pt);
    if width <= max_w {
        return Piece {
            dx: 0.0,
            text: text.to_owned(),
            style,
            width,
        };
    }
    let mut line = Line {
        pieces: vec![Piece {
            dx: 0.0,
            text: text.to_owned(),
            style,
            width,
        }],
        width,
    };
    add_ellipsis(book, &mut line, max_w);
    line.pieces.pop().unwrap_or(Piece {
        dx: 0.0,
        text: String::new(),
        style,
        width: 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::fonts::book;

    const BODY: TextStyle = TextStyle {
        face: FontFace::Regular,
        size_pt: 10.0,
        color: [0.0, 0.0, 0.0],
    };

    #[test]
    fn clean_composes_accents_and_collapses_breaks() {
        assert_eq!(clean("  Cafe\u{301}\n\tde  Flore "), "Café de Flore");
    }

    #[test]
    fn every_line_fits_and_no_word_is_lost() {
        let text = "The foreign ministers met in Geneva on Tuesday to discuss a ceasefire that \
                    neither side has yet agreed to, while aid convoys waited at the border.";
        let w = wrap(book(), &[Span::new(text, BODY)], 150.0);
        assert!(w.lines.len() > 2);
        for l in &w.lines {
            assert!(l.width <= 150.01, "{}", l.width);
        }
        let joined: Vec<String> = w
            .lines
            .iter()
            .map(|l| {
                l.pieces
                    .iter()
                    .map(|p| p.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn a_lone_last_word_is_avoided_when_possible() {
        let text = "Talks resumed after a pause of several weeks overnight";
        let full = book().width(FontFace::Regular, text, 10.0);
        let last = book().width(FontFace::Regular, " overnight", 10.0);
        let w = wrap(book(), &[Span::new(text, BODY)], full - last + 2.0);
        assert_eq!(w.lines.len(), 2);
        assert!(w.lines[1].pieces[0].text.contains(' '), "{:?}", w.lines[1]);
    }

    #[test]
    fn clamped_text_ends_with_an_ellipsis_inside_the_measure() {
        let text = "word ".repeat(200);
        let w = wrap_clamped(book(), &[Span::new(text, BODY)], 120.0, 3);
        assert!(w.clamped);
        assert_eq!(w.lines.len(), 3);
        assert!(w.lines[2].pieces.last().unwrap().text.ends_with('…'));
        assert!(w.lines[2].width <= 120.01);
    }

    #[test]
    fn a_word_longer_than_the_line_is_split() {
        let w = wrap(book(), &[Span::new("x".repeat(300), BODY)], 100.0);
        assert!(w.lines.len() > 3);
        assert!(w.lines.iter().all(|l| l.width <= 100.01));
    }
}
