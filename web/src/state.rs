//! Application state: one reducer, one action enum. Components dispatch
//! actions; side effects (storage, URL) happen at the edges, in effects that
//! watch the state.

use crate::i18n::Lang;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppState {
    pub lang: Lang,
}

impl AppState {
    /// The state at start-up: `?lang=` wins over the stored choice, which
    /// wins over English.
    pub fn initial(url_lang: Option<&str>, stored_lang: Option<&str>) -> AppState {
        let lang = url_lang
            .and_then(Lang::from_code)
            .or_else(|| stored_lang.and_then(Lang::from_code))
            .unwrap_or(Lang::En);
        AppState { lang }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLang(lang) if lang != self.lang => Rc::new(AppState { lang }),
            Action::SetLang(_) => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_language_wins_over_stored_language() {
        assert_eq!(AppState::initial(Some("zh"), Some("en")).lang, Lang::Zh);
        assert_eq!(AppState::initial(None, Some("zh")).lang, Lang::Zh);
        assert_eq!(
            AppState::initial(Some("xx"), Some("garbage")).lang,
            Lang::En
        );
    }

    #[test]
    fn set_lang_changes_language() {
        let state = Rc::new(AppState { lang: Lang::En });
        assert_eq!(state.reduce(Action::SetLang(Lang::Zh)).lang, Lang::Zh);
    }
}
