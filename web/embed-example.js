// The host side of Goroutine Dojo's embed API, as a wiki page would write
// it: send commands to an embed's window, listen for its events, and size
// its iframe by the heights it reports. docs/hosting.md describes the
// protocol; this file is the worked example.

const TAG = 'goroutine-dojo';
const log = document.querySelector('.host-log');

/// Each embed on the page: its iframe, the name the log uses, and the
/// origin its events must come from.
const embeds = [...document.querySelectorAll('[data-embed]')].map((section) => {
  const iframe = section.querySelector('iframe');
  const src = new URL(iframe.dataset.src, document.baseURI);
  if (section.hasAttribute('data-restrict-origin')) {
    src.searchParams.set('origin', location.origin);
  }
  iframe.src = src.href;
  const embed = { iframe, name: section.dataset.embed, origin: src.origin, toEnd: false, over: false };
  for (const button of section.querySelectorAll('button[data-command]')) {
    button.addEventListener('click', () => command(embed, button.dataset));
  }
  return embed;
});

function send(embed, message) {
  embed.iframe.contentWindow.postMessage({ target: TAG, ...message }, embed.origin);
}

function command(embed, { command, goroutine, lang }) {
  switch (command) {
    case 'step':
      send(embed, goroutine ? { type: 'step', goroutine: Number(goroutine) } : { type: 'step' });
      break;
    case 'to-end':
      // One step per `step` event, until an `outcome` event says the run ended.
      embed.toEnd = !embed.over;
      send(embed, { type: 'step' });
      break;
    case 'reset':
      send(embed, { type: 'reset' });
      break;
    case 'lang':
      send(embed, { type: 'set-language', lang });
      break;
    case 'load':
      send(embed, { type: 'load-program', code: ANOTHER_PROGRAM });
      break;
    case 'junk':
      // Hostile or careless input: every one of these is ignored.
      for (const junk of [
        null, 'step', 42, [TAG, 'step'],
        { type: 'step' },
        { source: TAG, type: 'step' },
        { target: TAG, type: 'step', goroutine: '1' },
        { target: TAG, type: 'step', goroutine: -1 },
        { target: TAG, type: 'set-language', lang: 'fr' },
        { target: TAG, type: 'load-program', code: 'x'.repeat(300_000) },
        { target: TAG, type: 'format-disk' },
      ]) {
        embed.iframe.contentWindow.postMessage(junk, embed.origin);
      }
      note(embed, 'sent 11 malformed messages (all should be ignored)');
      break;
  }
}

window.addEventListener('message', (event) => {
  const embed = embeds.find((e) => e.iframe.contentWindow === event.source);
  const data = event.data;
  if (!embed || event.origin !== embed.origin || data?.source !== TAG) return;
  switch (data.type) {
    case 'ready':
      note(embed, `ready (protocol ${data.version}, ${data.lang}, lesson ${data.lesson ?? 'none'})`);
      break;
    case 'step':
      embed.over = false;
      note(embed, `step ${data.step}` + (data.goroutine ? ` (goroutine ${data.goroutine})` : '')
        + `; runnable: ${data.runnable.join(', ') || 'none'}`);
      if (embed.toEnd) send(embed, { type: 'step' });
      break;
    case 'outcome':
      embed.toEnd = false;
      embed.over = true;
      note(embed, `outcome: ${data.kind}, exit status ${data.exitCode} at step ${data.step}`
        + (data.stdout === undefined ? '' : `; printed ${data.stdout.split('\n').length - 1} lines`));
      break;
    case 'height':
      embed.iframe.style.height = `${data.height}px`;
      note(embed, `height ${data.height}px`);
      break;
  }
});

function note(embed, text) {
  const item = document.createElement('li');
  item.textContent = `${embed.name}: ${text}`;
  log.append(item);
}

const ANOTHER_PROGRAM = `package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("hello from a goroutine")
		done <- true
	}()
	<-done
	fmt.Println("main: done")
}
`;
