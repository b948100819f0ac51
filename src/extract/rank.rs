//! Salience: how central an actor, place or issue is to the story, from how often, how
//! early and where (headline, lead) it is mentioned, and whether it is what the story is
//! about (an actor as the subject of its sentences, a place as the event's site).

/// What salience is computed from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Evidence {
    /// Number of mentions.
    pub mentions: usize,
    /// Char offset of the first mention.
    pub first: usize,
    /// Length of the text in chars.
    pub text_len: usize,
    /// Mentioned in the headline or the first sentence.
    pub lead: bool,
    /// Given a role or title in the text.
    pub role: bool,
    /// Mentioned in the headline (the first sentence).
    pub headline: bool,
    /// What the story is about: an actor that is the subject of a sentence ("X said",
    /// "X won"), a place that is the dateline or the site of the lead event ("in X").
    pub focus: bool,
}

/// A 0..1 score: mentions count most, then position, lead, headline, focus and role.
#[must_use]
pub fn salience(e: Evidence) -> f32 {
    #[allow(clippy::cast_precision_loss)]
    let mentions = (e.mentions as f32).ln_1p() / 8f32.ln_1p();
    #[allow(clippy::cast_precision_loss)]
    let position = if e.text_len == 0 {
        0.0
    } else {
        1.0 - (e.first as f32 / e.text_len as f32)
    };
    let flag = |b: bool| f32::from(u8::from(b));
    let score = 0.4 * mentions.min(1.0)
        + 0.2 * position.clamp(0.0, 1.0)
        + 0.15 * flag(e.lead)
        + 0.1 * flag(e.headline)
        + 0.1 * flag(e.focus)
        + 0.05 * flag(e.role);
    (score * 1000.0).round() / 1000.0
}

/// Sort by salience, highest first; ties keep text order.
pub fn sort_by_salience<T>(items: &mut [T], key: impl Fn(&T) -> f32) {
    items.sort_by(|a, b| key(b).total_cmp(&key(a)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequent_early_names_outrank_a_late_aside() {
        let lead = salience(Evidence {
            mentions: 6,
            first: 10,
            text_len: 1000,
            lead: true,
            role: true,
            headline: true,
            focus: true,
        });
        let aside = salience(Evidence {
            mentions: 1,
            first: 900,
            text_len: 1000,
            lead: false,
            role: false,
            headline: false,
            focus: false,
        });
        assert!(lead > aside && lead <= 1.0 && aside >= 0.0);
    }
}
