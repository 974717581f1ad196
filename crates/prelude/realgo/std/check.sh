#!/usr/bin/env bash
# Checks Goroutine Dojo's standard-library prelude (crates/prelude/go/:
# fmt, errors, strings, strconv, sort, time, sync, sync/atomic, os,
# runtime, math/rand) against real Go.
#
# The prelude packages are copied to the import paths dojo.example/std/<pkg>
# with each package's natives.go (declarations without bodies) replaced by
# the shim in shims/<pkg>/natives.go, which implements the natives with
# Go's own standard library; internal/reflectlite becomes the reflect-based
# shim in ../reflectlite. So this checks the prelude's Go code, not the
# engine's natives.
#
# Every program in cases/ is then built twice: against Go's standard
# library and, with its imports redirected, against the prelude. Both runs
# must print the same stdout, exit with the same status and print the same
# first line of stderr.
#
# Only `go` is needed on PATH; nothing is downloaded (GOPROXY=off).
# Usage: check.sh [-v] [name-filter]
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prelude="$(cd "$here/../.." && pwd)"

verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
filter="${1:-}"

command -v go >/dev/null 2>&1 || { echo "check.sh: go is not on PATH" >&2; exit 2; }
export GOPROXY=off GOFLAGS=-mod=mod GOWORK=off GOTOOLCHAIN=local GO111MODULE=on GOSUMDB=off

tmp="$(mktemp -d "${TMPDIR:-/tmp}/dojo-realgo-std.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
case "$(go env GOCACHE 2>/dev/null)" in "" | off) export GOCACHE="$tmp/gocache" ;; esac

pkgs="internal/ziggurat fmt errors io strings strconv sort time sync sync/atomic os runtime math math/bits math/rand math/rand/v2 bytes bufio unicode unicode/utf8 log"
mine="$tmp/mine"   # module dojo.example/std: the prelude plus cmd/<case>
real="$tmp/real"   # module realcheck: cmd/<case> on Go's standard library
mkdir -p "$mine/reflectlite" "$real"
printf 'module dojo.example/std\n\ngo 1.25\n' >"$mine/go.mod"
printf 'module realcheck\n\ngo 1.25\n' >"$real/go.mod"

# redirect FILE: rewrite imports of the prelude's packages to dojo.example/std/.
alts="$(echo "$pkgs" | tr ' ' '|')"
redirect() {
	sed -E \
		-e "s#^([[:space:]]*([A-Za-z_][A-Za-z0-9_]*[[:space:]]+)?)\"($alts)\"[[:space:]]*\$#\\1\"dojo.example/std/\\3\"#" \
		-e "s#^import([[:space:]]+[A-Za-z_][A-Za-z0-9_]*)?[[:space:]]+\"($alts)\"#import\\1 \"dojo.example/std/\\2\"#" \
		-e 's#"internal/reflectlite"#"dojo.example/std/reflectlite"#' \
		"$1"
}

for p in $pkgs; do
	src="$prelude/go/$p"
	# A package with natives needs a shim, and a shim needs natives.
	if [ -f "$src/natives.go" ] && ! [ -f "$here/shims/$p/natives.go" ]; then
		echo "FAIL: $p has natives.go but no shims/$p/natives.go" >&2; exit 1
	fi
	if ! [ -f "$src/natives.go" ] && [ -f "$here/shims/$p/natives.go" ]; then
		echo "FAIL: shims/$p/natives.go has no $p/natives.go to replace" >&2; exit 1
	fi
	mkdir -p "$mine/$p"
	for f in "$src"/*.go; do
		[ "$(basename "$f")" = natives.go ] && continue
		redirect "$f" >"$mine/$p/$(basename "$f")"
	done
	if [ -f "$here/shims/$p/natives.go" ]; then
		cp "$here/shims/$p/natives.go" "$mine/$p/natives.go"
	fi
done
cp "$prelude/realgo/reflectlite/reflectlite.go" "$mine/reflectlite/"

# natives.go may hold only declarations without bodies (and comments).
for p in $pkgs; do
	[ -f "$prelude/go/$p/natives.go" ] || continue
	if grep -Eq '^(var|const|type) |\) *\{|^func .*\{' "$prelude/go/$p/natives.go"; then
		echo "FAIL: $p/natives.go must only declare natives (no bodies, types or vars)" >&2
		exit 1
	fi
done

names=()
for f in "$here"/cases/*.go; do
	n="$(basename "$f" .go)"
	if [ -n "$filter" ] && [[ "$n" != *"$filter"* ]]; then continue; fi
	names+=("$n")
	mkdir -p "$mine/cmd/$n" "$real/cmd/$n"
	cp "$f" "$real/cmd/$n/main.go"
	redirect "$f" >"$mine/cmd/$n/main.go"
done
if [ ${#names[@]} -eq 0 ]; then echo "check.sh: no programs matched" >&2; exit 2; fi

# Learners read the prelude: keep it and the harness gofmt-clean.
unformatted="$("$(go env GOROOT)/bin/gofmt" -l "$prelude/go" "$here" 2>&1)"
if [ -n "$unformatted" ]; then
	echo "FAIL: not gofmt-formatted:" >&2
	echo "$unformatted" >&2
	exit 1
fi

vetpkgs=""
for p in $pkgs; do vetpkgs="$vetpkgs dojo.example/std/$p"; done
if ! (cd "$mine" && go vet $vetpkgs >"$tmp/vet.out" 2>&1); then
	echo "FAIL: go vet on the prelude:" >&2
	cat "$tmp/vet.out" >&2
	exit 1
fi

for v in real mine; do
	if ! (cd "$tmp/$v" && go build -o bin/ ./cmd/... 2>"$tmp/$v.build"); then
		echo "FAIL: build against the $v standard library failed:" >&2
		cat "$tmp/$v.build" >&2
		exit 1
	fi
done

# run BIN -> stdout, then the exit status and first stderr line
run() {
	local rc
	timeout 60 "$1" >"$tmp/run.out" 2>"$tmp/run.err"; rc=$?
	cat "$tmp/run.out"
	echo "--- exit $rc"
	echo "--- stderr: $(head -n 1 "$tmp/run.err")"
}

pass=0; fail=0
for n in "${names[@]}"; do
	run "$real/bin/$n" >"$tmp/$n.real"
	run "$mine/bin/$n" >"$tmp/$n.mine"
	if cmp -s "$tmp/$n.real" "$tmp/$n.mine"; then
		pass=$((pass + 1))
		[ $verbose = 1 ] && echo "ok   $n"
	else
		fail=$((fail + 1))
		echo "FAIL $n: prelude differs from real Go (cases/$n.go)"
		diff -u --label real "$tmp/$n.real" --label prelude "$tmp/$n.mine" | head -n 40
	fi
done

echo "realgo/std: $pass passed, $fail failed"
[ $fail = 0 ]
