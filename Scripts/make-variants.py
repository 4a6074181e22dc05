#!/usr/bin/env python3
"""Writes the variants of a fixture that must parse to the same outline as the original.

Usage: Scripts/make-variants.py Fixtures/noordwijk-2026/input.txt Fixtures/variants/noordwijk-2026
Deterministic: rerunning it rewrites the same files.
"""
import os
import re
import sys

BULLET = re.compile(r"^\s*(?:[•·–\-*o]\s|[a-z][.)]\s|\d+\)\s)")


def paragraphs_on_one_line(text):
    """Joins hard-wrapped lines: a line of 100 characters or more was wrapped by the PDF, unless the next
    line is indented or a list item."""
    out = []
    previous = ""
    for line in text.split("\n"):
        wrapped = len(previous) >= 100 and line.strip() and not line[0].isspace() and not BULLET.match(line)
        if out and wrapped:
            out[-1] = out[-1].rstrip() + " " + line
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


def paged(text):
    """Adds a footer, a form feed and a running header after lines inside paragraphs and bullet lists."""
    lines = text.split("\n")
    breaks = [9, 41, 89, 149, 252]  # 0-based: mid-paragraph, mid-list, between bullets, mid-paragraph, mid-list
    out = []
    page = 1
    for index, line in enumerate(lines):
        out.append(line)
        if index in breaks:
            out.append(f"Pagina {page} van {len(breaks) + 1}")
            out.append("\fPrestatieafspraken jaarschijf 2026 ")
            page += 1
    return "\n".join(out)


def hyphenated(text):
    """Splits the first long lower-case word of every fifth wrapped line across the line end with a hyphen."""
    lines = text.split("\n")
    count = 0
    for index in range(len(lines) - 1):
        following = lines[index + 1]
        match = re.match(r"([a-z]{8,})(.*)", following, re.S)
        if len(lines[index]) >= 100 and match:
            count += 1
            if count % 5 == 0:
                word, rest = match.groups()
                lines[index] = lines[index].rstrip() + " " + word[:4] + "-"
                lines[index + 1] = word[4:] + rest
    return "\n".join(lines)


def across_page_breaks(text):
    """Joins a paragraph that a blank line (a page break) splits mid-sentence: the line after it starts in lower
    case. A text wrapped anew puts the break elsewhere."""
    lines = text.split("\n")
    out = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if (out and not line.strip() and index + 1 < len(lines) and lines[index + 1][:1].islower()
                and out[-1].strip() and out[-1].rstrip()[-1:].isalpha()):
            out[-1] = out[-1].rstrip() + " " + lines[index + 1]
            index += 2
            continue
        out.append(line)
        index += 1
    return "\n".join(out)


def rewrapped(text, width):
    """Wraps the prose lines longer than `width` at `width`, as a PDF with narrower columns would (given
    paragraphs on one line, it wraps them anew); lines
    laid out in columns (two blanks inside) are left as they are. The paragraphs' text stays the same: a wrap only
    moves where lines end."""
    out = []
    for line in text.split("\n"):
        content = line.strip()
        if len(line) <= width or "  " in content or "\t" in content:
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        current = ""
        for word in content.split(" "):
            if current and len(indent) + len(current) + 1 + len(word) > width:
                out.append(indent + current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(indent + current)
    return "\n".join(out)


def main():
    source, folder = sys.argv[1], sys.argv[2]
    text = open(source, encoding="utf-8", newline="").read()
    os.makedirs(folder, exist_ok=True)
    variants = {
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
        "cr.txt": text.replace("\n", "\r").encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf16le.txt": b"\xff\xfe" + text.encode("utf-16-le"),
        "utf16be.txt": b"\xfe\xff" + text.encode("utf-16-be"),
        "utf16le-no-bom.txt": text.encode("utf-16-le"),
        "windows-1252.txt": text.encode("cp1252"),
        "one-line-paragraphs.txt": paragraphs_on_one_line(text).encode("utf-8"),
        "paged.txt": paged(text).encode("utf-8"),
        "hyphenated.txt": hyphenated(text).encode("utf-8"),
        "rewrapped-80.txt": rewrapped(paragraphs_on_one_line(across_page_breaks(text)), 80).encode("utf-8"),
    }
    for name, data in variants.items():
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(data)


if __name__ == "__main__":
    main()
