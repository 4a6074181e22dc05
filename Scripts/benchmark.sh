#!/usr/bin/env bash
# Runs the Swift benchmark and the Python `re` baseline on the same file and prints the ratio of their times.
# Usage: Scripts/benchmark.sh [FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:-Fixtures/noordwijk-2026/input.txt}"
swift build -c release --product afspraken-bench >/dev/null
bench=$(.build/release/afspraken-bench "$file")
echo "$bench"
python=$(python3 Scripts/baseline.py "$file" | awk '{print $1}')
echo "python re baseline         ${python} ms/doc"
swift=$(echo "$bench" | awk '/^parse \(whole pipeline\)/ {print $(NF-3)}')
awk -v s="$swift" -v p="$python" 'BEGIN { printf "ratio (python / afspraken parse): %.2f\n", (p * 1000) / s }'
