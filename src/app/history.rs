//! Undo and redo of card edits, recorded at interaction boundaries: a word typed, an item
//! added, deleted, moved or excluded, a re-extraction — never one step per keystroke or frame.
//!
//! The app tells [`History::observe`] each frame whether the card changed and whether an
//! interaction is still under way (a key or button held, a word being typed in the same
//! field); a step is recorded only when the interaction ends.

use std::collections::VecDeque;
use std::sync::Arc;

use crate::model::{Card, Facts};

/// How many steps are kept; older ones are forgotten.
pub const HISTORY_CAP: usize = 200;

/// A card as it was. The extraction (with the article text) is shared, not copied, so a
/// hundred steps cost a hundred small cards, not a hundred articles; so are a card's further
/// sources, between steps that did not change them.
#[derive(Debug, Clone)]
pub struct Snapshot {
    card: Card,
    facts: Arc<Facts>,
    more: Arc<Vec<Facts>>,
}

impl Snapshot {
    /// Capture `card`, sharing `facts` (which must be `card.facts`) with earlier snapshots.
    #[must_use]
    pub fn capture(card: &mut Card, facts: &Arc<Facts>) -> Self {
        let taken = std::mem::take(&mut card.facts);
        let more = std::mem::take(&mut card.more_sources);
        let copy = card.clone();
        card.facts = taken;
        let shared = Arc::new(more.clone());
        card.more_sources = more;
        Self {
            card: copy,
            facts: Arc::clone(facts),
            more: shared,
        }
    }

    /// Share the further sources with `earlier` when they are the same (most steps do not
    /// add or remove an article).
    fn share_sources_with(&mut self, earlier: &Self) {
        if !Arc::ptr_eq(&self.more, &earlier.more) && *self.more == *earlier.more {
            self.more = Arc::clone(&earlier.more);
        }
    }

    /// The card again, and its shared facts.
    #[must_use]
    pub fn restore(&self) -> (Card, Arc<Facts>) {
        let mut card = self.card.clone();
        card.facts = (*self.facts).clone();
        card.more_sources = (*self.more).clone();
        (card, Arc::clone(&self.facts))
    }

    /// True when the snapshot holds the same card (the facts are compared by identity).
    #[must_use]
    pub fn same_as(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.facts, &other.facts)
            && self.card == other.card
            && (Arc::ptr_eq(&self.more, &other.more) || *self.more == *other.more)
    }
}

/// What is going on this frame, as far as undo boundaries are concerned.
#[derive(Debug, Clone, Copy, Default)]
pub struct Interaction {
    /// A pointer button is held (a drag in progress).
    pub held: bool,
    /// The text field with keyboard focus, if any.
    pub focused_field: Option<eframe::egui::Id>,
    /// This frame's typing ended a word (space, punctuation, Enter).
    pub word_ended: bool,
}

/// The undo and redo stacks plus the last settled state of the card.
#[derive(Debug, Default)]
pub struct History {
    undo: VecDeque<Snapshot>,
    redo: Vec<Snapshot>,
    /// The card as it was at the last boundary.
    settled: Option<Snapshot>,
    /// The field being typed into since the last boundary.
    typing_in: Option<eframe::egui::Id>,
    /// A word ended since the last boundary (kept until the step is recorded).
    word_done: bool,
}

impl History {
    /// Forget everything and start from `state` (a newly opened card).
    pub fn reset(&mut self, state: Snapshot) {
        self.undo.clear();
        self.redo.clear();
        self.settled = Some(state);
        self.typing_in = None;
    }

    /// Look at the card after a frame. `changed_since_settled` says the card differs from the
    /// last recorded state; `current` builds a snapshot of it (only called when a step is
    /// recorded). Returns true when a step was recorded.
    pub fn observe(
        &mut self,
        changed_since_settled: bool,
        interaction: Interaction,
        current: impl FnOnce() -> Snapshot,
    ) -> bool {
        if !changed_since_settled {
            // Nothing pending: follow the focus so the next word starts fresh.
            self.typing_in = interaction.focused_field;
            self.word_done = false;
            return false;
        }
        self.word_done |= interaction.word_ended;
        if interaction.held {
            return false;
        }
        let same_field = interaction.focused_field.is_some()
            && (self.typing_in.is_none() || self.typing_in == interaction.focused_field);
        if same_field && !self.word_done {
            self.typing_in = interaction.focused_field;
            return false;
        }
        self.commit(current());
        self.typing_in = interaction.focused_field;
        true
    }

    /// Record a step now (before undo, save, or a change made by a command).
    pub fn commit(&mut self, mut now: Snapshot) {
        if let Some(prev) = self.settled.take() {
            now.share_sources_with(&prev);
            if prev.same_as(&now) {
                self.settled = Some(prev);
                return;
            }
            self.undo.push_back(prev);
            while self.undo.len() > HISTORY_CAP {
                self.undo.pop_front();
            }
        }
        self.redo.clear();
        self.settled = Some(now);
        self.word_done = false;
    }

    /// Step back: `now` goes to the redo stack, the previous state is returned.
    pub fn undo(&mut self, now: Snapshot) -> Option<Snapshot> {
        self.commit(now);
        let prev = self.undo.pop_back()?;
        if let Some(cur) = self.settled.replace(prev.clone()) {
            self.redo.push(cur);
        }
        self.typing_in = None;
        Some(prev)
    }

    /// Step forward again after an undo.
    pub fn redo(&mut self, now: Snapshot) -> Option<Snapshot> {
        // A change since the undo makes redo meaningless; commit clears it then.
        self.commit(now);
        let next = self.redo.pop()?;
        if let Some(cur) = self.settled.replace(next.clone()) {
            self.undo.push_back(cur);
        }
        self.typing_in = None;
        Some(next)
    }

    /// True when there is something to undo (including a pending, unrecorded change).
    #[must_use]
    pub fn can_undo(&self, pending: bool) -> bool {
        pending || !self.undo.is_empty()
    }

    /// True when there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The settled state, to compare the current card against.
    #[must_use]
    pub fn settled(&self) -> Option<&Snapshot> {
        self.settled.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(title: &str, facts: &Arc<Facts>) -> Snapshot {
        let mut card = Card::default();
        card.title.value = title.into();
        Snapshot::capture(&mut card, facts)
    }

    fn title(s: &Snapshot) -> String {
        s.restore().0.title.value
    }

    #[test]
    fn typing_a_word_is_one_step_and_redo_follows_undo() {
        let facts = Arc::new(Facts::default());
        let mut h = History::default();
        h.reset(snap("", &facts));
        let field = Some(eframe::egui::Id::unique("title"));
        let typing = Interaction {
            focused_field: field,
            ..Interaction::default()
        };
        for partial in ["T", "Ta", "Tal", "Talk"] {
            h.observe(true, typing, || snap(partial, &facts));
        }
        let space = Interaction {
            word_ended: true,
            ..typing
        };
        h.observe(true, space, || snap("Talk ", &facts));
        h.observe(true, typing, || snap("Talk s", &facts));
        let back = h.undo(snap("Talk s", &facts)).unwrap();
        assert_eq!(title(&back), "Talk ");
        let back = h.undo(back).unwrap();
        assert_eq!(title(&back), "");
        assert!(h.undo(back.clone()).is_none());
        let fwd = h.redo(back).unwrap();
        assert_eq!(title(&fwd), "Talk ");
    }

    #[test]
    fn steps_share_a_cards_further_sources_and_undo_brings_a_removed_one_back() {
        let facts = Arc::new(Facts::default());
        let mut card = Card::default();
        card.more_sources.push(Facts {
            summary: vec!["A second article.".into()],
            ..Facts::default()
        });
        let mut h = History::default();
        h.reset(Snapshot::capture(&mut card, &facts));
        card.title.value = "Edited".into();
        h.commit(Snapshot::capture(&mut card, &facts));
        let (first, second) = (&h.undo[0], h.settled.as_ref().unwrap());
        assert!(Arc::ptr_eq(&first.more, &second.more), "shared, not copied");
        card.more_sources.clear();
        let back = h.undo(Snapshot::capture(&mut card, &facts)).unwrap();
        let (restored, _) = back.restore();
        assert_eq!(restored.source_count(), 2);
        assert_eq!(restored.title.value, "Edited");
    }

    #[test]
    fn moving_to_another_field_ends_the_step_and_a_held_pointer_delays_it() {
        let facts = Arc::new(Facts::default());
        let mut h = History::default();
        h.reset(snap("", &facts));
        let in_title = Interaction {
            focused_field: Some(eframe::egui::Id::unique("title")),
            ..Interaction::default()
        };
        h.observe(true, in_title, || snap("Oslo", &facts));
        let dragging = Interaction {
            held: true,
            ..Interaction::default()
        };
        assert!(
            !h.observe(true, dragging, || snap("Oslo", &facts)),
            "not mid-drag"
        );
        let in_role = Interaction {
            focused_field: Some(eframe::egui::Id::unique("role")),
            ..Interaction::default()
        };
        assert!(
            h.observe(true, in_role, || snap("Oslo", &facts)),
            "a new field, a new step"
        );
        let back = h.undo(snap("Oslo", &facts)).unwrap();
        assert_eq!(title(&back), "");
    }

    #[test]
    fn history_keeps_at_least_a_hundred_steps() {
        let facts = Arc::new(Facts::default());
        let mut h = History::default();
        h.reset(snap("0", &facts));
        for i in 1..=150 {
            h.commit(snap(&i.to_string(), &facts));
        }
        let mut now = snap("150", &facts);
        for _ in 0..120 {
            now = h.undo(now).unwrap();
        }
        assert_eq!(title(&now), "30");
    }
}
