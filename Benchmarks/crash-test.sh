#!/bin/sh
# The crash test on its own: `flowerbot run` against the Bot API double, SIGKILLed 20 times
# mid-order and restarted; prints the duplicates counted in the crash windows. It is also part
# of `swift test` (Tests/IntegrationTests/CrashTests.swift, about 20 s).
set -eu
cd "$(dirname "$0")/.."
swift build --product flowerbot
swift test --filter CrashTests 2>&1 | grep -E "crash test:|✔|✘|error"
