//! The status bar: what the app is doing (with a spinner) and the last message, in words.

use eframe::egui;

/// How a message should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something went as asked.
    Info,
    /// It worked, but the person should know something.
    Warning,
    /// It did not work; nothing was changed.
    Error,
}

/// The last message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// How it looks.
    pub level: Level,
    /// One or two sentences.
    pub text: String,
}

/// Draw the bar.
pub fn show(ui: &mut egui::Ui, busy: Option<&str>, message: Option<&Message>) {
    ui.horizontal_wrapped(|ui| {
        if let Some(busy) = busy {
            ui.add(egui::Spinner::new());
            ui.label(busy);
            ui.separator();
        }
        if let Some(m) = message {
            let color = match m.level {
                Level::Info => ui.visuals().text_color(),
                Level::Warning => ui.visuals().warn_fg_color,
                Level::Error => ui.visuals().error_fg_color,
            };
            ui.label(egui::RichText::new(&m.text).color(color));
        } else if busy.is_none() {
            ui.weak("Ready");
        }
    });
}
