//! Page style: paper, margins, colour theme, and the type scale the fit rule steps through.

use crate::model::{Card, Paper};

use super::page::Rgb;

/// Colour scheme of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Ink on white with one muted blue accent and light shading.
    #[default]
    Light,
    /// Black and greys only: prints well on any office printer.
    Monochrome,
}

/// The colours a theme gives each role.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Body text.
    pub ink: Rgb,
    /// Secondary text: roles, source line, notes.
    pub muted: Rgb,
    /// Section heads, markers, the kicker.
    pub accent: Rgb,
    /// Hairlines.
    pub rule: Rgb,
    /// Light fills (mentioned countries, bands).
    pub shade: Rgb,
    /// Land that is not mentioned, on the map.
    pub land: Rgb,
    /// Country borders on the map.
    pub border: Rgb,
    /// Water on the map.
    pub water: Rgb,
    /// Handling marking (header text).
    pub marking: Rgb,
    /// Page background.
    pub paper: Rgb,
}

impl Theme {
    /// The palette of the theme.
    #[must_use]
    pub fn palette(self) -> Palette {
        match self {
            Self::Light => Palette {
                ink: [0.11, 0.12, 0.14],
                muted: [0.40, 0.42, 0.46],
                accent: [0.10, 0.30, 0.55],
                rule: [0.75, 0.77, 0.80],
                shade: [0.80, 0.87, 0.94],
                land: [0.93, 0.93, 0.91],
                border: [0.72, 0.72, 0.70],
                water: [0.97, 0.98, 1.0],
                marking: [0.70, 0.10, 0.10],
                paper: [1.0, 1.0, 1.0],
            },
            Self::Monochrome => Palette {
                ink: [0.0, 0.0, 0.0],
                muted: [0.33, 0.33, 0.33],
                accent: [0.0, 0.0, 0.0],
                rule: [0.6, 0.6, 0.6],
                shade: [0.78, 0.78, 0.78],
                land: [0.94, 0.94, 0.94],
                border: [0.6, 0.6, 0.6],
                water: [1.0, 1.0, 1.0],
                marking: [0.0, 0.0, 0.0],
                paper: [1.0, 1.0, 1.0],
            },
        }
    }
}

/// One step of the type scale; the fit rule walks from the first to the last.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Density {
    /// Body text size.
    pub body_pt: f32,
    /// Line height as a multiple of the body size.
    pub leading: f32,
    /// Title size.
    pub title_pt: f32,
    /// Space between sections, in body lines.
    pub section_gap_lines: f32,
    /// Space between entries of a list, in body lines.
    pub entry_gap_lines: f32,
}

impl Density {
    /// Height of one body line: the baseline grid.
    #[must_use]
    pub fn line_pt(&self) -> f32 {
        self.body_pt * self.leading
    }
}

/// The type scale, loosest first. The body never goes below 8 pt.
pub const DENSITIES: [Density; 5] = [
    Density {
        body_pt: 10.0,
        leading: 1.4,
        title_pt: 21.0,
        section_gap_lines: 1.0,
        entry_gap_lines: 0.25,
    },
    Density {
        body_pt: 9.5,
        leading: 1.35,
        title_pt: 19.0,
        section_gap_lines: 0.85,
        entry_gap_lines: 0.2,
    },
    Density {
        body_pt: 9.0,
        leading: 1.3,
        title_pt: 18.0,
        section_gap_lines: 0.75,
        entry_gap_lines: 0.15,
    },
    Density {
        body_pt: 8.5,
        leading: 1.25,
        title_pt: 17.0,
        section_gap_lines: 0.6,
        entry_gap_lines: 0.1,
    },
    Density {
        body_pt: 8.0,
        leading: 1.22,
        title_pt: 16.0,
        section_gap_lines: 0.5,
        entry_gap_lines: 0.0,
    },
];

/// The smallest body size the fit rule may use.
pub const MIN_BODY_PT: f32 = 8.0;

/// Everything about the page that is not content.
#[derive(Debug, Clone, PartialEq)]
pub struct PageStyle {
    /// Paper size.
    pub paper: Paper,
    /// Margin on every side, in points.
    pub margin_pt: f32,
    /// Colour theme.
    pub theme: Theme,
    /// Draw the locator map when the card has places with coordinates.
    pub show_map: bool,
    /// Draw the timeline when the card has dated events.
    pub show_timeline: bool,
    /// The generation time printed in the footer (e.g. "2026-11-30 09:40 UTC"); none for
    /// reproducible output.
    pub generated: Option<String>,
}

impl Default for PageStyle {
    fn default() -> Self {
        Self {
            paper: Paper::A4,
            margin_pt: 42.0,
            theme: Theme::Light,
            show_map: true,
            show_timeline: true,
            generated: None,
        }
    }
}

impl PageStyle {
    /// The card's page settings (paper, map, timeline, monochrome) with the default margins,
    /// stamped with the current time.
    #[must_use]
    pub fn for_card(card: &Card) -> Self {
        Self {
            paper: card.meta.paper,
            theme: if card.meta.monochrome {
                Theme::Monochrome
            } else {
                Theme::Light
            },
            show_map: !card.meta.hide_map,
            show_timeline: !card.meta.hide_timeline,
            generated: Some(now_label()),
            ..Self::default()
        }
    }

    /// The colours to use.
    #[must_use]
    pub fn palette(&self) -> Palette {
        self.theme.palette()
    }
}

/// The current time as the footer prints it, in UTC.
#[must_use]
pub fn now_label() -> String {
    jiff::Timestamp::now()
        .strftime("%Y-%m-%d %H:%M UTC")
        .to_string()
}
