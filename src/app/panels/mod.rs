//! What is drawn each frame. Each panel reads the state it shows and returns the commands it
//! wants run; only text typed into a field is written directly (and reported as a change).

pub mod article;
pub mod facts;
pub mod menus;
pub mod preview;
pub mod status;

/// Colours of the four kinds of fact, shared by the article highlights and the panes.
pub mod colors {
    use eframe::egui::Color32;

    /// People and organisations.
    pub const WHO: Color32 = Color32::from_rgb(0x1f, 0x6f, 0xd1);
    /// Places.
    pub const WHERE: Color32 = Color32::from_rgb(0x1a, 0x8f, 0x4a);
    /// Dates.
    pub const WHEN: Color32 = Color32::from_rgb(0xc2, 0x6a, 0x00);
    /// Open issues.
    pub const ISSUE: Color32 = Color32::from_rgb(0xb0, 0x30, 0x8a);
}
