// go vet in the page, as a learner meets it: paste a function that
// discards its context's cancel, and the editor warns in amber (not as a
// compile error), the gutter's marker carries Go's text, the warning list
// quotes go vet word for word and explains it in the page's language, the
// program still runs and is verified, and the link opens the lesson on the
// forgotten cancel. A copied mutex is warned about the same way.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, withPage } from './harness.mjs';

const env = useServerAndBrowser();

const DISCARDED = `package main

import (
	"context"
	"fmt"
	"time"
)

func fetch(parent context.Context) error {
	ctx, _ := context.WithTimeout(parent, time.Second)
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Millisecond):
		return nil
	}
}

func main() {
	fmt.Println(fetch(context.Background()))
}
`;

const COPIED = `package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func show(c counter) { fmt.Println(c.n) }

func main() {
	var c counter
	show(c)
}
`;

const GO_SAYS = 'prog.go:10:7: the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak';

async function open(page, source) {
  await page.goto(env.server.url);
  await page.evaluate(() => localStorage.clear());
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
  await page.getByLabel('Go source (editable)').fill(source);
}

test('a discarded cancel is a warning in go vet\'s words, the program still runs, and the lesson is one click away', async () => {
  await withPage(env.browser, 'vet-lostcancel', async (page, problems) => {
    await open(page, DISCARDED);
    const vet = page.getByTestId('vet');
    await vet.getByText(GO_SAYS, { exact: true }).waitFor({ timeout: 20_000 });
    await vet.getByText(/watcher goroutine and timer live as long as its parent/).waitFor();
    await vet.getByText(/still runs and explores/).waitFor();
    // A warning, not an error: nothing says it does not compile, and the
    // program is verified over every interleaving.
    assert.equal(await page.getByText('Does not compile').count(), 0);
    await page.getByTestId('verdict').filter({ hasText: /✓ all \d+ interleavings end cleanly/ }).waitFor({ timeout: 30_000 });
    // Amber underline in the code, and Go's text on the gutter's marker.
    assert.ok(await page.locator('.highlight .vet-warn').count() >= 1);
    assert.equal(await page.getByTestId('vet-marker').getAttribute('title'), GO_SAYS);
    // In Chinese the explanation changes, Go's text does not.
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await vet.getByText(/watcher goroutine 和定时器会一直活到父 context 结束/).waitFor();
    await vet.getByText(GO_SAYS, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await vet.getByRole('button', { name: /^9\. / }).click();
    await page.getByRole('heading', { name: /^9\. / }).waitFor();
    assert.deepEqual(problems, []);
  });
});

const BEFORE_TYPING = `package main

import (
	"context"
	"fmt"
)

func work(ctx context.Context, n int) error {
	if n > 0 {
		return ctx.Err()
	}
	return nil
}

func main() {
	fmt.Println(work(context.Background(), 1))
}
`;

const TYPED_SAYS = 'prog.go:10:8: the cancel function returned by context.WithCancel should be called, not discarded, to avoid a context leak';

test('typing ctx, _ := context.WithCancel(ctx) brings up go vet\'s warning, explained in English and in Chinese', async () => {
  await withPage(env.browser, 'vet-typed', async (page, problems) => {
    await open(page, BEFORE_TYPING);
    const editor = page.getByLabel('Go source (editable)');
    // The caret goes to the start of `return ctx.Err()`, and the line is
    // typed there key by key, as a learner types it.
    await editor.evaluate((el) => {
      const at = el.value.indexOf('return ctx.Err()');
      el.focus();
      el.setSelectionRange(at, at);
    });
    await editor.pressSequentially('ctx, _ := context.WithCancel(ctx)\n\t\t');
    const vet = page.getByTestId('vet');
    await vet.getByText(TYPED_SAYS, { exact: true }).waitFor({ timeout: 20_000 });
    await vet.getByText(/watcher goroutine and timer live as long as its parent/).waitFor();
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await vet.getByText(/watcher goroutine 和定时器会一直活到父 context 结束/).waitFor();
    await vet.getByText(TYPED_SAYS, { exact: true }).waitFor();
    assert.deepEqual(problems, []);
  });
});

test('a mutex copied into a call is warned about with the lock\'s path', async () => {
  await withPage(env.browser, 'vet-copylocks', async (page, problems) => {
    await open(page, COPIED);
    const vet = page.getByTestId('vet');
    await vet.getByText('prog.go:13:13: show passes lock by value: command-line-arguments.counter contains sync.Mutex', { exact: true }).waitFor({ timeout: 20_000 });
    await vet.getByText('prog.go:17:7: call of show copies lock value: command-line-arguments.counter contains sync.Mutex', { exact: true }).waitFor();
    assert.equal(await page.locator('[data-testid="vet-finding"][data-analyzer="copylocks"]').count(), 2);
    assert.deepEqual(problems, []);
  });
});
