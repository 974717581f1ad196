//! Go's own text from stderr (a panic's traceback, a deadlock report, the
//! race detector's report) exactly as printed, with every frame of the
//! learner's file a link that puts the editor's caret on that line.

use super::use_tr;
use crate::i18n::Text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TraceProps {
    pub text: AttrValue,
}

#[function_component]
pub fn TraceText(props: &TraceProps) -> Html {
    let tr = use_tr();
    let lines = props.text.split_inclusive('\n').map(|line| match frame_line(line) {
        Some((before, place, line_no, after)) => {
            let onclick = Callback::from(move |_: MouseEvent| crate::platform::go_to_line(line_no));
            html! {
                <>
                    { before }
                    <button type="button" class="frame-link" title={tr(Text::GoToLine)} {onclick}>{ place }</button>
                    { after }
                </>
            }
        }
        None => html! { { line } },
    });
    html! { <>{ for lines }</> }
}

/// Splits a traceback line that points into the learner's file
/// (`\t/tmp/prog.go:15 +0x2c`) into the text before the place, the place
/// (`/tmp/prog.go:15`), its line number, and the rest.
fn frame_line(line: &str) -> Option<(&str, &str, u32, &str)> {
    let start = line.len() - line.trim_start().len();
    let rest = &line[start..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let place = &rest[..end];
    let (path, number) = place.rsplit_once(':')?;
    let file = path.rsplit('/').next()?;
    if file != runtime::FILE_NAME {
        return None;
    }
    let line_no: u32 = number.parse().ok()?;
    Some((&line[..start], place, line_no, &rest[end..]))
}

#[cfg(test)]
mod tests {
    use super::frame_line;

    #[test]
    fn frames_of_the_learners_file_are_found() {
        let file = runtime::FILE_NAME;
        let line = format!("      /tmp/{file}:15 +0x2c\n");
        let (before, place, n, after) = frame_line(&line).unwrap();
        assert_eq!((before, n, after), ("      ", 15, " +0x2c\n"));
        assert_eq!(place, format!("/tmp/{file}:15"));
        assert_eq!(
            frame_line("      /usr/local/go/src/runtime/map.go:10 +0x1\n"),
            None
        );
        assert_eq!(frame_line("WARNING: DATA RACE\n"), None);
        assert_eq!(frame_line("  main.main()\n"), None);
    }
}
