//! The embed's URL options. A wiki author types these by hand, so every
//! one is validated: what cannot be read falls back to its default and
//! raises `bad`, which the page shows as a notice rather than failing.

use crate::state::RunTab;
use std::rc::Rc;

/// The most default-scheduler steps `?step=` may ask for before the
/// embed shows (each is a real step of the engine).
pub const MAX_START_STEP: u32 = 10_000;

/// The run views an embed shows when `panes=` does not say.
const DEFAULT_TABS: [RunTab; 3] = [RunTab::Lanes, RunTab::Output, RunTab::Explore];

/// Who may command the embed, and where its events go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// No `origin=`: commands from the parent window whatever its origin;
    /// events posted to `"*"`, so they carry nothing of the program's text
    /// or output.
    Any,
    /// `origin=https://wiki.example`: commands only from that origin, and
    /// every event, with output, posted to it alone.
    Only(String),
    /// `origin=` was given but is not an origin: the API stays off rather
    /// than opening wider than the author asked.
    Invalid,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Show the code region.
    pub code: bool,
    /// The run views shown, in the page's usual order (empty: no run
    /// region, the toolbar alone drives the code).
    pub tabs: Rc<[RunTab]>,
    /// The code cannot be edited (the host may still load a program).
    pub readonly: bool,
    /// Default-scheduler steps to take before showing a lesson or program
    /// (a share link carries its own step).
    pub start_step: u32,
    pub origin: Origin,
    /// Some option could not be read and fell back to its default.
    pub bad: bool,
}

impl Options {
    /// The defaults of an embed link that says nothing more than
    /// `?embed=1`.
    pub fn new() -> Options {
        Options {
            code: true,
            tabs: Rc::from(DEFAULT_TABS),
            readonly: false,
            start_step: 0,
            origin: Origin::Any,
            bad: false,
        }
    }

    /// Reads the options from the URL's query (`param` looks one up);
    /// `None` when the page is not embedded.
    pub fn parse(param: &dyn Fn(&str) -> Option<String>) -> Option<Options> {
        if param("embed")?.trim() != "1" {
            return None;
        }
        let mut options = Options::new();
        if let Some(panes) = param("panes") {
            options.read_panes(&panes);
        }
        match param("readonly").as_deref().map(str::trim) {
            None | Some("0") => {}
            Some("1") => options.readonly = true,
            Some(_) => options.bad = true,
        }
        if let Some(step) = param("step") {
            match step.trim().parse::<u32>() {
                Ok(n) if n <= MAX_START_STEP => options.start_step = n,
                _ => options.bad = true,
            }
        }
        if let Some(origin) = param("origin") {
            options.origin = match parse_origin(&origin) {
                Some(o) => Origin::Only(o),
                None => {
                    options.bad = true;
                    Origin::Invalid
                }
            };
        }
        Some(options)
    }

    /// `panes=code,lanes,output`: names in any order, unknown ones
    /// skipped; a list with no known name keeps the defaults.
    fn read_panes(&mut self, list: &str) {
        let mut code = false;
        let mut tabs = Vec::new();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            if name == "code" {
                code = true;
            } else if let Some(tab) = RunTab::ALL.into_iter().find(|t| t.code() == name) {
                tabs.push(tab);
            } else {
                self.bad = true;
            }
        }
        if !code && tabs.is_empty() {
            self.bad = true;
            return;
        }
        self.code = code;
        self.tabs = RunTab::ALL
            .into_iter()
            .filter(|t| tabs.contains(t))
            .collect();
    }

    /// The toolbar offers Explore only where its findings can be seen.
    pub fn explore(&self) -> bool {
        self.tabs.contains(&RunTab::Explore)
    }
}

impl Default for Options {
    fn default() -> Options {
        Options::new()
    }
}

/// `scheme://host[:port]` for http(s), lower-cased, a trailing `/`
/// allowed; anything with a path, query, credentials or odd characters is
/// refused. What `MessageEvent.origin` says is compared with this exactly.
pub fn parse_origin(text: &str) -> Option<String> {
    let text = text.trim();
    let text = text.strip_suffix('/').unwrap_or(text).to_ascii_lowercase();
    let (scheme, rest) = text.split_once("://")?;
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !rest.ends_with(']') => (h, Some(p)),
        _ => (rest, None),
    };
    let name = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'.';
    let ipv6 = |b: u8| b.is_ascii_hexdigit() || b == b':' || b == b'.';
    let host_ok = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(v6) => !v6.is_empty() && v6.bytes().all(ipv6),
        None => !host.is_empty() && host.len() <= 253 && host.bytes().all(name),
    };
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.parse::<u16>().is_ok_and(|n| n > 0));
    (host_ok && port_ok).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &[(&str, &str)]) -> Option<Options> {
        let pairs: Vec<(String, String)> = query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Options::parse(&move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn only_embed_1_turns_embed_mode_on() {
        assert_eq!(parse(&[]), None);
        assert_eq!(parse(&[("embed", "0")]), None);
        assert_eq!(parse(&[("embed", "yes")]), None);
        assert_eq!(parse(&[("embed", "1")]), Some(Options::new()));
    }

    #[test]
    fn panes_choose_the_regions_in_the_pages_order() {
        let o = parse(&[("embed", "1"), ("panes", "output, code,lanes,lanes")]).unwrap();
        assert!(o.code);
        assert_eq!(&*o.tabs, &[RunTab::Lanes, RunTab::Output]);
        assert!(!o.explore());
        assert!(!o.bad);
        let o = parse(&[("embed", "1"), ("panes", "sequence")]).unwrap();
        assert!(!o.code);
        assert_eq!(&*o.tabs, &[RunTab::Sequence]);
    }

    #[test]
    fn unknown_panes_are_skipped_and_an_empty_list_keeps_the_defaults() {
        let o = parse(&[("embed", "1"), ("panes", "code,<script>")]).unwrap();
        assert!(o.code && o.tabs.is_empty() && o.bad);
        for junk in ["", ",,,", "nothing", "🦀"] {
            let o = parse(&[("embed", "1"), ("panes", junk)]).unwrap();
            assert!(o.bad, "{junk:?}");
            assert_eq!((o.code, o.tabs.clone()), (true, Rc::from(DEFAULT_TABS)));
        }
    }

    #[test]
    fn readonly_and_step_are_checked() {
        let o = parse(&[("embed", "1"), ("readonly", "1"), ("step", "12")]).unwrap();
        assert!(o.readonly && !o.bad);
        assert_eq!(o.start_step, 12);
        for (key, value) in [
            ("readonly", "true"),
            ("step", "-1"),
            ("step", "1e3"),
            ("step", "99999999999"),
            ("step", "10001"),
        ] {
            let o = parse(&[("embed", "1"), (key, value)]).unwrap();
            assert!(o.bad, "{key}={value}");
            assert!(!o.readonly);
            assert_eq!(o.start_step, 0);
        }
    }

    #[test]
    fn origins_are_exact_or_the_api_stays_off() {
        for (text, origin) in [
            ("https://wiki.example", "https://wiki.example"),
            ("HTTPS://Wiki.Example/", "https://wiki.example"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
            ("http://[::1]:3000", "http://[::1]:3000"),
            ("http://[::1]", "http://[::1]"),
        ] {
            assert_eq!(parse_origin(text).as_deref(), Some(origin), "{text}");
        }
        for text in [
            "",
            "*",
            "wiki.example",
            "https://",
            "javascript:alert(1)",
            "file:///etc",
            "https://wiki.example/page",
            "https://user@wiki.example",
            "https://wiki.example:0",
            "https://wiki.example:99999",
            "https://wiki.example:",
            "https://wiki example",
            "https://wiki.example?x=1",
        ] {
            assert_eq!(parse_origin(text), None, "{text}");
        }
        let o = parse(&[("embed", "1"), ("origin", "nope")]).unwrap();
        assert_eq!(o.origin, Origin::Invalid);
        assert!(o.bad);
    }
}
