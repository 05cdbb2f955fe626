#!/bin/sh
# Side by side: aiogram 3 (in-memory FSM, fed in-process) and `flowerbot bench engine`
# (SQLite file, one commit per batch), same form, same update mix, same machine, same run.
# Usage: Benchmarks/aiogram/run.sh [CHATS] [UPDATES]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
chats=${1:-200}
updates=${2:-20000}
venv=${AIOGRAM_VENV:-$here/.venv}
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "aiogram>=3,<4"
fi
(cd "$root" && swift build -c release --product flowerbot >/dev/null)
"$venv/bin/python" "$here/form_bench.py" --chats "$chats" --updates "$updates" | tee "$here/.aiogram.txt"
(cd "$root" && .build/release/flowerbot bench engine --chats "$chats" --updates "$updates") | tee "$here/.flowerbot.txt"
ours=$(sed -n 's/.*throughput *\([0-9]*\) updates.*/\1/p' "$here/.flowerbot.txt")
theirs=$(sed -n 's/.*throughput *\([0-9]*\) updates.*/\1/p' "$here/.aiogram.txt")
# aiogram's CPU includes its set-up: compare with ours including set-up too.
our_cpu=$(sed -n 's/^ *\([0-9]*\) µs per update with set-up.*/\1/p' "$here/.flowerbot.txt")
their_cpu=$(sed -n 's/.*cpu *\([0-9]*\) µs.*/\1/p' "$here/.aiogram.txt")
echo "updates/s: flowerbot $ours, aiogram $theirs: $(awk "BEGIN { printf \"%.1f\", $ours / $theirs }")x"
echo "CPU per update: flowerbot $our_cpu µs, aiogram $their_cpu µs: $(awk "BEGIN { printf \"%.1f\", $their_cpu / $our_cpu }")x less"
