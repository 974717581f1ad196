//! Keyboard shortcuts: every control of the playground has a key. Keys
//! typed into the editor or a field are left alone, except Escape, which
//! leaves the field so the shortcuts work again.

use crate::platform::KeyPress;
use crate::state::Action;
use runtime::GoroutineId;

/// What a key press does, if anything.
#[derive(Clone, Debug)]
pub enum Shortcut {
    Do(Action),
    ToggleRun,
    ToggleLang,
    LeaveField,
    ToggleKeys,
}

pub fn shortcut(press: &KeyPress) -> Option<Shortcut> {
    if press.modified {
        return None;
    }
    if press.in_field {
        return (press.key == "Escape").then_some(Shortcut::LeaveField);
    }
    let key = press.key.as_str();
    Some(match key {
        "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" => {
            // A digit key: its goroutine.
            let n = key.parse().ok().and_then(GoroutineId::new)?;
            Shortcut::Do(Action::Step(n))
        }
        "t" => Shortcut::Do(Action::Step(GoroutineId::TIMERS)),
        "o" => Shortcut::Do(Action::StepLine(None)),
        "z" => Shortcut::Do(Action::Undo),
        "y" => Shortcut::Do(Action::Redo),
        "r" => Shortcut::ToggleRun,
        "e" => Shortcut::Do(Action::StartExplore),
        "l" => Shortcut::ToggleLang,
        "x" => Shortcut::Do(Action::Reset),
        "?" => Shortcut::ToggleKeys,
        "Escape" => Shortcut::Do(Action::ShowKeys(false)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str, in_field: bool) -> KeyPress {
        KeyPress {
            key: key.into(),
            in_field,
            modified: false,
        }
    }

    #[test]
    fn digits_step_goroutines_and_letters_drive_the_rest() {
        assert!(matches!(
            shortcut(&press("3", false)),
            Some(Shortcut::Do(Action::Step(g))) if g.get() == 3
        ));
        assert!(matches!(
            shortcut(&press("z", false)),
            Some(Shortcut::Do(Action::Undo))
        ));
        assert!(matches!(
            shortcut(&press("r", false)),
            Some(Shortcut::ToggleRun)
        ));
        assert!(matches!(
            shortcut(&press("x", false)),
            Some(Shortcut::Do(Action::Reset))
        ));
        assert!(matches!(
            shortcut(&press("?", false)),
            Some(Shortcut::ToggleKeys)
        ));
        assert!(shortcut(&press("q", false)).is_none());
    }

    #[test]
    fn the_editor_keeps_its_keys_but_escape_leaves_it() {
        assert!(shortcut(&press("3", true)).is_none());
        assert!(matches!(
            shortcut(&press("Escape", true)),
            Some(Shortcut::LeaveField)
        ));
        let mut ctrl = press("z", false);
        ctrl.modified = true;
        assert!(shortcut(&ctrl).is_none());
    }
}
