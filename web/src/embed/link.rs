//! Links to the state on screen: the full page's URL (the embed's "open
//! in Goroutine Dojo"), the embed's URL, and the iframe snippet and
//! Markdown link the Embed panel hands to a wiki author. Pure text, so
//! the escaping is tested.

use crate::i18n::{Lang, Text};
use crate::state::AppState;

/// What a URL needs to reopen the state shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// `lesson=<slug>` or `program=<id>` (empty for a program from a link
    /// or from the host).
    pub query: String,
    /// A share fragment (`code=…&sched=…&step=N`), unless the state is
    /// the lesson's or program's own start, which the query reopens.
    pub fragment: Option<String>,
    pub lang: Lang,
    /// What to call it: the lesson's or program's title.
    pub title: String,
}

impl Place {
    pub fn of(app: &AppState) -> Place {
        let lang = app.lang;
        let (query, start, title) = match (app.lesson, app.program.example()) {
            (Some(l), _) => (
                format!("lesson={}", l.slug),
                Some(l.start.to_string()),
                format!(
                    "{}. {}",
                    l.label(),
                    match lang {
                        Lang::En => l.title.en,
                        Lang::Zh => l.title.zh,
                    }
                ),
            ),
            (None, Some(p)) => (
                format!("program={}", p.id),
                Some(p.source()),
                p.title.get(lang).to_string(),
            ),
            (None, None) => (
                String::new(),
                None,
                Text::SharedProgram.get(lang).to_string(),
            ),
        };
        let session = &app.session;
        let pristine = session.depth() == 0
            && *app.draft == *session.source
            && start.as_deref() == Some(&*session.source);
        let fragment = (!pristine)
            .then(|| session::share::encode(&app.draft, &session.schedule(), session.depth()));
        Place {
            query,
            fragment,
            lang,
            title,
        }
    }

    /// The full page at this place; `base` is the page's address without
    /// query or fragment.
    pub fn page_url(&self, base: &str) -> String {
        self.url(base, "")
    }

    /// The embed at this place.
    pub fn embed_url(&self, base: &str, readonly: bool) -> String {
        self.url(
            base,
            if readonly {
                "embed=1&readonly=1&"
            } else {
                "embed=1&"
            },
        )
    }

    fn url(&self, base: &str, prefix: &str) -> String {
        let mut url = format!("{base}?{prefix}");
        if !self.query.is_empty() {
            url.push_str(&self.query);
            url.push('&');
        }
        url.push_str("lang=");
        url.push_str(self.lang.code());
        if let Some(f) = &self.fragment {
            url.push('#');
            url.push_str(f);
        }
        url
    }

    /// The name an embed or link of this place goes by.
    pub fn caption(&self) -> String {
        format!("{}: {}", Text::ProductName.get(self.lang), self.title)
    }
}

/// The `<iframe>` a wiki page pastes. Its height is a starting point: a
/// host that listens to `height` events sizes it exactly.
pub fn iframe_snippet(url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"480\" style=\"border:0\" loading=\"lazy\"></iframe>",
        attribute(url),
        attribute(title)
    )
}

/// A Markdown link, for wikis that do not allow iframes.
pub fn markdown_link(url: &str, title: &str) -> String {
    let mut text = String::new();
    for c in title.chars() {
        if matches!(c, '[' | ']' | '\\' | '*' | '_' | '`') {
            text.push('\\');
        }
        text.push(c);
    }
    let target = url
        .replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29");
    format!("[{text}]({target})")
}

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, ProgramRef};
    use yew::Reducible;

    #[test]
    fn an_untouched_lesson_links_by_slug_and_a_stepped_one_by_its_schedule() {
        let lesson = crate::course::by_slug("stop-channel-race").unwrap();
        let mut app = AppState::initial(Some("zh"), None);
        app.apply(Action::OpenLesson {
            lesson,
            source: lesson.start.to_string(),
            progress: crate::state::Progress::new(lesson),
        });
        let place = Place::of(&app);
        assert_eq!(place.fragment, None);
        assert_eq!(
            place.embed_url("https://dojo.example/learn/", true),
            "https://dojo.example/learn/?embed=1&readonly=1&lesson=stop-channel-race&lang=zh"
        );
        assert!(place.caption().starts_with("Goroutine 道场: 13. "));

        let app = std::rc::Rc::new(app).reduce(Action::Step(runtime::GoroutineId::MAIN));
        let place = Place::of(&app);
        let url = place.page_url("https://dojo.example/learn/index.html");
        assert!(
            url.starts_with(
                "https://dojo.example/learn/index.html?lesson=stop-channel-race&lang=zh#code="
            ),
            "{url}"
        );
        let shared = session::share::decode(place.fragment.as_deref().unwrap()).unwrap();
        assert_eq!(shared.step, Some(1));
        assert_eq!(shared.code, lesson.start);
    }

    #[test]
    fn a_program_from_the_host_always_travels_in_the_fragment() {
        let mut app = AppState::initial(None, None);
        assert_eq!(Place::of(&app).query, "program=stop-channel-race");
        app.apply(Action::LoadProgram {
            program: ProgramRef::Shared,
            source: "package main\n\nfunc main() {}\n".into(),
        });
        let place = Place::of(&app);
        assert_eq!(place.query, "");
        assert!(place.page_url("").starts_with("?lang=en#code="));
    }

    #[test]
    fn snippets_escape_what_they_quote() {
        assert_eq!(
            iframe_snippet("https://x/?a=1&b=2", "say \"hi\" <now>"),
            "<iframe src=\"https://x/?a=1&amp;b=2\" title=\"say &quot;hi&quot; &lt;now&gt;\" width=\"100%\" height=\"480\" style=\"border:0\" loading=\"lazy\"></iframe>"
        );
        assert_eq!(
            markdown_link("https://x/a b(c)", "[13] *race*"),
            "[\\[13\\] \\*race\\*](https://x/a%20b%28c%29)"
        );
    }
}
