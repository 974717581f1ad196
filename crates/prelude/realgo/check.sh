#!/usr/bin/env bash
# Checks the Goroutine Dojo prelude (crates/prelude/go/context/context.go and
# crates/prelude/go/wait/wait.go) against real Go.
#
#  1. Every program in realgo/cases/ is built twice: once against Go's own
#     "context" package and once against the prelude's context.go (copied to
#     the import path dojo.example/context, with internal/reflectlite replaced
#     by the reflect-based shim in realgo/reflectlite). Stdout, exit status
#     and the first line of stderr must be identical, and so must the frames
#     (function names) of a panic's goroutine trace.
#  2. Every golden program in tests/golden/context/ is built the same two
#     ways and both runs must match the expectation written at its end
#     (// Output:, and // Exit: / // Stderr: for a failing program).
#
# k8s.io/apimachinery/pkg/util/wait is always the prelude's wait.go, served
# from a local module through a replace directive. Only `go` is needed on
# PATH; nothing is downloaded (GOPROXY=off). Builds go to a temp dir.
#
# Usage: check.sh [-v] [name-filter]
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prelude="$(cd "$here/.." && pwd)"
repo="$(cd "$prelude/../.." && pwd)"
golden_dir="$repo/tests/golden/context"

verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
filter="${1:-}"

command -v go >/dev/null 2>&1 || { echo "check.sh: go is not on PATH" >&2; exit 2; }

export GOPROXY=off GOFLAGS=-mod=mod GOWORK=off GOTOOLCHAIN=local GO111MODULE=on GOSUMDB=off

tmp="$(mktemp -d "${TMPDIR:-/tmp}/dojo-realgo.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# Without HOME (some CI shells) go has no default build cache.
case "$(go env GOCACHE 2>/dev/null)" in "" | off) export GOCACHE="$tmp/gocache" ;; esac

# --- the prelude as real-Go modules -------------------------------------
mkdir -p "$tmp/dojo/context" "$tmp/dojo/reflectlite"
printf 'module dojo.example\n\ngo 1.23\n' >"$tmp/dojo/go.mod"
sed 's#"internal/reflectlite"#"dojo.example/reflectlite"#' \
	"$prelude/go/context/context.go" >"$tmp/dojo/context/context.go"
cp "$here/reflectlite/reflectlite.go" "$tmp/dojo/reflectlite/"

# wait.go on top of Go's real context ...
mkdir -p "$tmp/k8s-real/pkg/util/wait"
printf 'module k8s.io/apimachinery\n\ngo 1.23\n' >"$tmp/k8s-real/go.mod"
cp "$prelude/go/wait/wait.go" "$tmp/k8s-real/pkg/util/wait/"
# ... and on top of the prelude's context.
mkdir -p "$tmp/k8s-mine/pkg/util/wait"
printf 'module k8s.io/apimachinery\n\ngo 1.23\n\nrequire dojo.example v0.0.0\n' >"$tmp/k8s-mine/go.mod"
rewrite_ctx() { sed -E 's#^([[:space:]]*)"context"[[:space:]]*$#\1"dojo.example/context"#; s#^import "context"#import "dojo.example/context"#' "$1"; }
rewrite_ctx "$prelude/go/wait/wait.go" >"$tmp/k8s-mine/pkg/util/wait/wait.go"

cat >"$tmp/real.mod" <<'EOF'
module dojocheck

go 1.23

require k8s.io/apimachinery v0.0.0

replace k8s.io/apimachinery => ../k8s-real
EOF
cat >"$tmp/mine.mod" <<'EOF'
module dojocheck

go 1.23

require (
	dojo.example v0.0.0
	k8s.io/apimachinery v0.0.0
)

replace (
	dojo.example => ../dojo
	k8s.io/apimachinery => ../k8s-mine
)
EOF
for v in real mine; do
	mkdir -p "$tmp/$v/cmd" "$tmp/$v/bin"
	cp "$tmp/$v.mod" "$tmp/$v/go.mod"
done

# --- collect the programs -------------------------------------------------
names=()
add_prog() { # kind file
	local kind="$1" f="$2" n
	n="${kind}_$(basename "$f" .go)"
	if [ -n "$filter" ] && [[ "$n" != *"$filter"* ]]; then return; fi
	names+=("$n")
	mkdir -p "$tmp/real/cmd/$n" "$tmp/mine/cmd/$n"
	cp "$f" "$tmp/real/cmd/$n/main.go"
	rewrite_ctx "$f" >"$tmp/mine/cmd/$n/main.go"
	if grep -Eq '(^|[[:space:]])"context"' "$tmp/mine/cmd/$n/main.go"; then
		echo "check.sh: could not redirect the context import of $f" >&2; exit 2
	fi
	echo "$f" >"$tmp/$n.src"
}
for f in "$here"/cases/*.go; do add_prog case "$f"; done
if [ -d "$golden_dir" ]; then
	for f in "$golden_dir"/*.go; do [ -e "$f" ] && add_prog golden "$f"; done
fi
if [ ${#names[@]} -eq 0 ]; then echo "check.sh: no programs matched" >&2; exit 2; fi

# The prelude is shown to learners: keep it gofmt-clean.
unformatted="$("$(go env GOROOT)/bin/gofmt" -l "$prelude/go" "$here" 2>&1)"
if [ -n "$unformatted" ]; then
	echo "FAIL: not gofmt-formatted:" >&2
	echo "$unformatted" >&2
	exit 1
fi

# go vet the prelude itself (the test programs are not vetted: some of them
# break vet's rules on purpose, e.g. by dropping a cancel function).
if ! (cd "$tmp/mine" && go vet dojo.example/context k8s.io/apimachinery/pkg/util/wait >"$tmp/vet.out" 2>&1); then
	echo "FAIL: go vet on the prelude:" >&2
	cat "$tmp/vet.out" >&2
	exit 1
fi
for v in real mine; do
	if ! (cd "$tmp/$v" && go build -o bin/ ./cmd/... 2>"$tmp/$v.build"); then
		echo "FAIL: build against the $v context failed:" >&2
		cat "$tmp/$v.build" >&2
		exit 1
	fi
done

# shape FILE: the function names of a panic trace, without arguments,
# addresses, file positions, goroutine numbers or the dojo.example/ prefix.
shape() {
	grep -v '^[[:space:]]' "$1" | grep -v '^$' | sed -E \
		-e 's#dojo\.example/##g' \
		-e 's#^goroutine [0-9]+ #goroutine N #' \
		-e 's# in goroutine [0-9]+$# in goroutine N#' \
		-e 's#\(([^()]|\([^()]*\))*\)$#()#'
}

# run BIN SAVE -> prints the observed result in the golden format; keeps the
# trace shape of a failing run in SAVE
run() {
	local out err rc
	out="$tmp/run.out"; err="$tmp/run.err"
	if command -v timeout >/dev/null 2>&1; then
		timeout 60 "$1" >"$out" 2>"$err"; rc=$?
	else
		"$1" >"$out" 2>"$err"; rc=$?
	fi
	shape "$err" >"$2"
	echo "// Output:"
	sed -e 's#^#// #' -e 's#^// $#//#' "$out"
	if [ "$rc" != 0 ]; then
		echo "// Exit: $rc"
		echo "// Stderr: $(head -n 1 "$err")"
	fi
}
# expected FILE -> the block from "// Output:" to the end of the file
expected() { sed -n '/^\/\/ Output:$/,$p' "$1"; }

pass=0; fail=0
for n in "${names[@]}"; do
	src="$(cat "$tmp/$n.src")"
	run "$tmp/real/bin/$n" "$tmp/$n.real.trace" >"$tmp/$n.real"
	run "$tmp/mine/bin/$n" "$tmp/$n.mine.trace" >"$tmp/$n.mine"
	ok=1
	if ! cmp -s "$tmp/$n.real" "$tmp/$n.mine"; then
		ok=0
		echo "FAIL $n: prelude context differs from real context ($src)"
		diff -u --label real "$tmp/$n.real" --label prelude "$tmp/$n.mine" | head -n 40
	elif ! cmp -s "$tmp/$n.real.trace" "$tmp/$n.mine.trace"; then
		# Same goroutine, same frames: e.g. the watcher goroutine must be
		# context.(*cancelCtx).propagateCancel.func2 in both.
		ok=0
		echo "FAIL $n: panic traces have different frames ($src)"
		diff -u --label real "$tmp/$n.real.trace" --label prelude "$tmp/$n.mine.trace" | head -n 40
	fi
	if [[ "$n" == golden_* ]]; then
		expected "$src" >"$tmp/$n.want"
		if ! [ -s "$tmp/$n.want" ]; then
			ok=0; echo "FAIL $n: no // Output: block in $src"
		elif ! cmp -s "$tmp/$n.want" "$tmp/$n.real"; then
			ok=0
			echo "FAIL $n: real Go output differs from the golden expectation ($src)"
			diff -u --label expected "$tmp/$n.want" --label real "$tmp/$n.real" | head -n 40
		fi
	fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
		[ $verbose = 1 ] && echo "ok   $n"
	else
		fail=$((fail + 1))
	fi
done

echo "realgo: $pass passed, $fail failed"
[ $fail = 0 ]
