#!/bin/sh
# The broadcast proof with real kills: `flowerbot bench broadcast --kill K` serves a Bot API
# double over HTTP on 127.0.0.1 (Telegram's limits: ≈30/s overall, ≈1/s per chat, 403 for the
# chats that blocked the bot), runs the real `flowerbot run` against it as a child process,
# SIGKILLs it K times at random moments of the broadcast and restarts it; prints the sustained
# rate, 429s, duplicates (only from crash windows), losses and the blocked count, and exits 1
# when a figure misses its target. Real time: 10 000 customers take about six minutes.
# A small run (150 customers, 3 kills) is part of `swift test`
# (Tests/IntegrationTests/BroadcastKillTests.swift).
#   Benchmarks/broadcast-kill.sh [RECIPIENTS] [KILLS]
set -eu
cd "$(dirname "$0")/.."
recipients="${1:-10000}"
kills="${2:-5}"
swift build -c release --product flowerbot
.build/release/flowerbot bench broadcast --kill "$kills" --recipients "$recipients"
