//! The bundled Noto Sans faces, parsed once: glyph coverage and advance widths for layout,
//! raw bytes for the backends that embed or register them.

use std::sync::OnceLock;

use super::page::FontFace;

/// Noto Sans Regular (Latin/Greek/Cyrillic subset, OFL-1.1).
pub const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold (same subset).
pub const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
/// Noto Sans Italic (same subset).
pub const ITALIC_TTF: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Italic.ttf");

/// Characters below this code point have their advance cached in a table.
const TABLE_LEN: usize = 0x2200;

/// Advance used when a face failed to parse (never expected with the bundled files).
const FALLBACK_ADVANCE_EM: f32 = 0.55;

/// One parsed face with a fast advance table.
pub struct LoadedFace {
    face: Option<ttf_parser::Face<'static>>,
    units_per_em: f32,
    /// Advance in font units per char below [`TABLE_LEN`]; `u16::MAX` means "not in font".
    table: Vec<u16>,
    /// Advance of glyph 0, drawn for characters the font lacks.
    notdef_advance: u16,
}

impl LoadedFace {
    fn load(bytes: &'static [u8]) -> Self {
        let face = ttf_parser::Face::parse(bytes, 0).ok();
        let units_per_em = face
            .as_ref()
            .map_or(1000.0, |f| f32::from(f.units_per_em()));
        let notdef_advance = face
            .as_ref()
            .and_then(|f| f.glyph_hor_advance(ttf_parser::GlyphId(0)))
            .unwrap_or(600);
        let mut table = vec![u16::MAX; TABLE_LEN];
        if let Some(f) = &face {
            for (cp, slot) in table.iter_mut().enumerate() {
                let Some(c) = u32::try_from(cp).ok().and_then(char::from_u32) else {
                    continue;
                };
                if let Some(adv) = f.glyph_index(c).and_then(|g| f.glyph_hor_advance(g)) {
                    *slot = adv;
                }
            }
        }
        Self {
            face,
            units_per_em,
            table,
            notdef_advance,
        }
    }

    /// The parsed face, for outlines (PNG export).
    #[must_use]
    pub fn face(&self) -> Option<&ttf_parser::Face<'static>> {
        self.face.as_ref()
    }

    /// Font units per em.
    #[must_use]
    pub fn units_per_em(&self) -> f32 {
        self.units_per_em
    }

    fn advance_units(&self, c: char) -> Option<u16> {
        let cp = c as usize;
        if let Some(&adv) = self.table.get(cp) {
            return (adv != u16::MAX).then_some(adv);
        }
        let f = self.face.as_ref()?;
        f.glyph_index(c).and_then(|g| f.glyph_hor_advance(g))
    }

    /// True when the face has a glyph for `c`.
    #[must_use]
    pub fn has_char(&self, c: char) -> bool {
        self.face.is_none() || self.advance_units(c).is_some()
    }

    /// Advance width of `text` at `size_pt`, as the PDF draws it (no kerning, missing
    /// characters as the .notdef box).
    #[must_use]
    pub fn width(&self, text: &str, size_pt: f32) -> f32 {
        if self.face.is_none() {
            return text.chars().count() as f32 * FALLBACK_ADVANCE_EM * size_pt;
        }
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.advance_units(c).unwrap_or(self.notdef_advance)))
            .sum();
        units as f32 * size_pt / self.units_per_em
    }
}

/// The three bundled faces.
pub struct FontBook {
    regular: LoadedFace,
    bold: LoadedFace,
    italic: LoadedFace,
}

impl FontBook {
    /// The face for a run.
    #[must_use]
    pub fn get(&self, face: FontFace) -> &LoadedFace {
        match face {
            FontFace::Regular => &self.regular,
            FontFace::Bold => &self.bold,
            FontFace::Italic => &self.italic,
        }
    }

    /// Width of `text` in `face` at `size_pt`.
    #[must_use]
    pub fn width(&self, face: FontFace, text: &str, size_pt: f32) -> f32 {
        self.get(face).width(text, size_pt)
    }
}

/// The bundled TTF bytes of a face.
#[must_use]
pub fn ttf_bytes(face: FontFace) -> &'static [u8] {
    match face {
        FontFace::Regular => REGULAR_TTF,
        FontFace::Bold => BOLD_TTF,
        FontFace::Italic => ITALIC_TTF,
    }
}

/// The fonts, parsed on first use and shared for the life of the process.
pub fn book() -> &'static FontBook {
    static BOOK: OnceLock<FontBook> = OnceLock::new();
    BOOK.get_or_init(|| FontBook {
        regular: LoadedFace::load(REGULAR_TTF),
        bold: LoadedFace::load(BOLD_TTF),
        italic: LoadedFace::load(ITALIC_TTF),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_faces_cover_latin_greek_cyrillic_but_not_cjk() {
        let b = book();
        for c in ['A', 'é', 'ß', 'Ω', 'Ж', '€', '—', '“'] {
            assert!(b.get(FontFace::Regular).has_char(c), "{c}");
            assert!(b.get(FontFace::Bold).has_char(c), "{c}");
        }
        assert!(!b.get(FontFace::Regular).has_char('中'));
        assert!(!b.get(FontFace::Regular).has_char('😀'));
    }

    #[test]
    fn bold_text_is_wider_and_width_scales_with_size() {
        let b = book();
        let r = b.width(FontFace::Regular, "Secretary of State", 10.0);
        assert!(r > 60.0 && r < 110.0, "{r}");
        assert!(b.width(FontFace::Bold, "Secretary of State", 10.0) > r);
        let r20 = b.width(FontFace::Regular, "Secretary of State", 20.0);
        assert!((r20 - 2.0 * r).abs() < 0.01);
    }
}
