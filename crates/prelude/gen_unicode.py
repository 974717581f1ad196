#!/usr/bin/env python3
"""Writes go/unicode/tables.go, the Unicode data of the prelude's unicode
package, from the facts in Go's own unicode tables.

Rerun after moving to a Go release with new Unicode data:

    python3 crates/prelude/gen_unicode.py [path/to/go/src/unicode/tables.go]

The default path is the Go that .tools/go-venv holds. The script reads the
ranges, case mappings, fold orbits and Latin-1 classes out of that file and
packs them into the compact text that unicode.go unpacks when the package
starts (see the layout below); it copies no Go code.

Packed layout. Every number is written in the alphabet ALPHABET (printable
ASCII without the back quote): a number below FINAL is one character
ALPHABET[n]; a larger one is q = n // FINAL written in base len(ALPHABET) -
FINAL with the characters after the first FINAL, followed by the final
character ALPHABET[n % FINAL]. Line breaks inside the text mean nothing.

- A range table is the number of its R16 ranges and of its R32 ranges,
  then the ranges in increasing order, each written as gap*2 + strided
  (gap: how far lo is past the previous hi, minus one; the first range
  counts from -1), then (hi - lo) / stride, then the stride if strided.
- The case ranges are their number, then each range as gap*4 + kind (gap
  as above), hi - lo, and its deltas (to upper, lower and title case) as
  zigzag numbers, by kind: 0 alternating upper/lower pairs (no deltas),
  1 upper-case letters (the delta to lower case; the others are 0),
  2 lower-case letters (the delta to upper and title case; to lower is 0),
  3 all three deltas.
- The fold orbit is its length, then (from, to) pairs: from's gap,
  zigzag(to - from).
- The Latin-1 classes are one character per rune U+0000..U+00FF.
"""

import os
import re
import sys

ALPHABET = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) != "`")
FINAL = 63  # "!" to "_"; the leading digits are "a" to "~"
MORE = len(ALPHABET) - FINAL

# Every table is unpacked when the package starts (a lazy unpacking would
# write shared memory from whichever goroutine came first, which makes the
# explorer try every order of those goroutines), so this is a chosen few:
# the ones the functions need, and the common scripts.
CATEGORIES = ["Cc", "L", "Ll", "Lt", "Lu", "M", "N", "Nd", "P", "S", "Z", "Zs"]
PROPERTIES = ["White_Space"]
SCRIPTS = ["Cyrillic", "Greek", "Han", "Hangul", "Hiragana", "Katakana", "Latin"]
# Exported names that are the same table as a category.
ALIASES = [
    ("Digit", "Nd"), ("Letter", "L"), ("Lower", "Ll"), ("Mark", "M"),
    ("Number", "N"), ("Punct", "P"), ("Space", "Z"), ("Symbol", "S"),
    ("Title", "Lt"), ("Upper", "Lu"),
]
# Latin-1 classes: Go's property bits -> one letter each.
LATIN1_CLASSES = {
    "pC": "c", "pP|pp": "p", "pN|pp": "n", "pS|pp": "s", "pZ|pp": "_",
    "pZ": "z", "pLu|pp": "U", "pLl|pp": "l", "pLo|pp": "o", "0": "-",
}
UPPER_LOWER = 0x110000


def number(n):
    assert n >= 0
    q, last = divmod(n, FINAL)
    head = ""
    while q:
        q, digit = divmod(q, MORE)
        head = ALPHABET[FINAL + digit] + head
    return head + ALPHABET[last]


def zigzag(n):
    return n * 2 if n >= 0 else -n * 2 - 1


def wrap(text, width=96):
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def read_tables(src):
    """name -> list of (lo, hi, stride), R16 then R32."""
    tables = {}
    for m in re.finditer(r"\nvar _(\w+) = &RangeTable\{(.*?)\n\}\n", src, re.S):
        ranges = [tuple(int(x, 0) for x in t) for t in
                  re.findall(r"\{(0x[0-9a-fA-F]+), (0x[0-9a-fA-F]+), (\d+)\}", m.group(2))]
        latin = re.search(r"LatinOffset: (\d+)", m.group(2))
        # unicode.go recomputes LatinOffset; make sure it agrees.
        assert (int(latin.group(1)) if latin else 0) == sum(1 for r in ranges if r[1] <= 0xFF)
        tables[m.group(1)] = ranges
    return tables


def pack_ranges(ranges):
    n16 = sum(1 for r in ranges if r[1] <= 0xFFFF)
    out, prev = [number(n16), number(len(ranges) - n16)], -1
    for lo, hi, stride in ranges:
        assert lo > prev and (hi - lo) % stride == 0
        assert hi <= 0xFFFF or lo > 0xFFFF  # never straddles R16 and R32
        strided = stride != 1
        out.append(number((lo - prev - 1) * 2 + strided))
        out.append(number((hi - lo) // stride))
        if strided:
            out.append(number(stride))
        prev = hi
    return "".join(out)


def read_block(src, start):
    i = src.index(start)
    return src[i:src.index("\n}\n", i)]


def pack_case_ranges(src):
    body = read_block(src, "var _CaseRanges = []CaseRange{")
    found = re.findall(r"\{(0x[0-9A-Fa-f]+), (0x[0-9A-Fa-f]+), d\{([^}]*)\}\}", body)
    out, prev = [number(len(found))], -1
    for lo, hi, deltas in found:
        lo, hi = int(lo, 0), int(hi, 0)
        assert lo > prev
        up, low, title = [UPPER_LOWER if d.strip() == "UpperLower" else int(d)
                          for d in deltas.split(",")]
        if up == low == title == UPPER_LOWER:
            kind, rest = 0, []
        elif up == title == 0:
            kind, rest = 1, [low]
        elif low == 0 and up == title:
            kind, rest = 2, [up]
        else:
            kind, rest = 3, [up, low, title]
        assert UPPER_LOWER not in rest
        out.append(number((lo - prev - 1) * 4 + kind) + number(hi - lo))
        out.extend(number(zigzag(d)) for d in rest)
        prev = hi
    return "".join(out)


def pack_orbit(src):
    body = read_block(src, "var caseOrbit = []foldPair{")
    found = re.findall(r"\{(0x[0-9A-Fa-f]+), (0x[0-9A-Fa-f]+)\}", body)
    out, prev = [number(len(found))], -1
    for a, b in found:
        a, b = int(a, 0), int(b, 0)
        assert a > prev
        out.append(number(a - prev - 1) + number(zigzag(b - a)))
        prev = a
    return "".join(out)


def latin1_classes(src):
    body = read_block(src, "var properties = [MaxLatin1 + 1]uint8{")
    classes = ["-"] * 256
    for code, bits in re.findall(r"\n\t(0x[0-9A-F]{2}): ([^,]+),", body):
        classes[int(code, 0)] = LATIN1_CLASSES[bits.replace(" ", "")]
    return "".join(classes)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, "../../.tools/go-venv/lib/python3.11/site-packages/go/src/unicode/tables.go")
    src = open(path).read()
    version = re.search(r'const Version = "([^"]+)"', src).group(1)
    tables = read_tables(src)

    lines = [
        f"// Unicode {version} data of the unicode package: some categories, a",
        "// property and scripts, case mappings and fold orbits. Generated by",
        "// crates/prelude/gen_unicode.py from Go's tables; do not edit. It is",
        "// packed text (some lines are long), laid out as that script describes",
        "// and unpacked by unicode.go when the package starts.",
        "",
        "package unicode",
        "",
        "// Version is the Unicode edition the tables come from.",
        f'const Version = "{version}"',
        "",
    ]

    def var_block(title, names):
        lines.append(f"// {title}")
        lines.append("var (")
        for name in names:
            lines.append(f"\t{name} = unpack(`\n{wrap(pack_ranges(tables[name]))}`)")
        lines.append(")")
        lines.append("")

    var_block("General categories.", CATEGORIES)
    var_block("Properties.", PROPERTIES)
    var_block("Scripts.", SCRIPTS)
    lines.append("// Other names of category tables.")
    lines.append("var (")
    width = max(len(a) for a, _ in ALIASES)
    for alias, name in ALIASES:
        lines.append(f"\t{alias.ljust(width)} = {name}")
    lines.append(")")
    lines.append("")
    lines.append("// Case ranges, fold orbit and Latin-1 classes (c control, p punctuation,")
    lines.append("// n number, s symbol, _ the space, z other space, U upper, l lower,")
    lines.append("// o other letter, - none of those).")
    lines.append("const (")
    lines.append(f"\tpackedCases = `\n{wrap(pack_case_ranges(src))}`")
    lines.append(f"\tpackedOrbit = `\n{wrap(pack_orbit(src))}`")
    classes = latin1_classes(src)
    lines.append(f'\tlatin1 = "{classes[:128]}" +')
    lines.append(f'\t\t"{classes[128:]}"')
    lines.append(")")
    out = os.path.join(here, "go/unicode/tables.go")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {out}: {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    main()
