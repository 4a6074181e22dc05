#!/usr/bin/env python3
"""What a user would otherwise write: Python's `re` splitting an agreement into headings, bullets and
paragraphs, and pulling out quarters, years, euro amounts and percentages. Kept honest: it does the same job
as `afspraken parse` would for those pieces, no more. Prints milliseconds per document (best of 5 rounds).

Usage: Scripts/baseline.py FILE [ITERATIONS]
"""
import re
import sys
import time

HEADING = re.compile(r"^\s*(?:(?:Hoofdstuk|Artikel)\s+)?(\d{1,3}(?:\.\d{1,2})*)\.?\s*([A-Z].{0,99})$")
BULLET = re.compile(r"^\s*(?:[•·–\-*o]|[a-z][.)]|\d{1,2}\))\s+(.*)$")
PAGE = re.compile(r"^\s*(?:[Pp]agina\s+)?\(?\d{1,3}\)?(?:\s+van\s+\d{1,3})?\s*$")
QUARTER = re.compile(r"\b(?:uiterlijk\s+|in\s+)?Q([1-4])(?:\s+(\d{4}))?\b")
YEAR = re.compile(r"\b(?:in|vanaf|uiterlijk|medio|begin|eind|tot en met|t/m)\s+((?:19|20)\d{2})\b")
EURO = re.compile(r"€\s?(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)(?:\s*(miljoen))?")
PERCENT = re.compile(r"(\d+(?:,\d+)?)\s?(?:%|procent)")


def parse(text):
    headings, bullets, paragraphs = [], [], []
    current = []
    for line in text.splitlines():
        if not line.strip() or PAGE.match(line):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if heading := HEADING.match(line):
            headings.append((heading.group(1), heading.group(2).strip()))
        elif bullet := BULLET.match(line):
            bullets.append(bullet.group(1).strip())
        else:
            current.append(line.strip())
    if current:
        paragraphs.append(" ".join(current))
    body = "\n".join(paragraphs + bullets)
    return {
        "headings": headings,
        "bullets": bullets,
        "paragraphs": paragraphs,
        "quarters": [(q, y) for q, y in QUARTER.findall(body)],
        "years": YEAR.findall(body),
        "euros": [(amount.replace(".", "").replace(",", "."), scale) for amount, scale in EURO.findall(body)],
        "percentages": [value.replace(",", ".") for value in PERCENT.findall(body)],
    }


def main():
    path = sys.argv[1]
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    text = open(path, encoding="utf-8", errors="replace").read()
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(iterations):
            result = parse(text)
        best = min(best, (time.perf_counter() - start) / iterations)
    counts = {key: len(value) for key, value in result.items()}
    print(f"{best * 1000:.3f} ms/doc {counts}")


if __name__ == "__main__":
    main()
