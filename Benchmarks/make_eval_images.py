#!/usr/bin/env python3
"""Generates the photo-search evaluation images (Tests/VisualSearchTests/Fixtures).

Everything is drawn here from fixed seeds, so there are no licences to record: bouquets in
the style of the demo shop's images (a background gradient, a wrapping cone, flower heads,
leaves, a ribbon), as extra catalog products and as negatives (bouquets not in the catalog),
plus unrelated pictures (landscapes, a document, shapes) and a few phone screenshots of demo
images with real text; and, for each generated catalog bouquet, four other arrangements of it
(same flower kind, colours, wrapping and ribbon; another background, layout, flower count and
tilt) in Fixtures/arrangements. Needs Pillow (pip install Pillow). Run from the repository root:

    python3 Benchmarks/make_eval_images.py                 # everything
    python3 Benchmarks/make_eval_images.py arrangements    # only Fixtures/arrangements
"""
import math
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = os.path.join("Tests", "VisualSearchTests", "Fixtures")
DEMO = os.path.join("Sources", "FlowerShop", "Resources", "DemoShop", "images")
SIZE = 256

FLOWERS = [(200, 30, 45), (235, 120, 160), (250, 250, 245), (250, 210, 60), (245, 150, 60), (150, 90, 200),
           (120, 140, 230), (250, 190, 170), (180, 20, 90), (255, 240, 200), (230, 80, 40), (90, 60, 160)]
WRAPS = [(190, 150, 105), (240, 225, 230), (40, 40, 45), (230, 200, 210), (200, 220, 200), (90, 70, 130),
         (250, 250, 250), (150, 190, 220)]
BACKS = [((225, 230, 235), (200, 210, 220)), ((240, 228, 215), (220, 200, 190)), ((60, 60, 70), (30, 30, 35)),
         ((210, 230, 215), (170, 200, 185)), ((235, 225, 240), (200, 185, 215)), ((245, 240, 200), (225, 215, 160)),
         ((150, 180, 220), (110, 140, 200)), ((230, 215, 200), (200, 180, 160))]


def gradient(size, top, bottom):
    image = Image.new("RGB", size, top)
    draw = ImageDraw.Draw(image)
    for y in range(size[1]):
        t = y / max(1, size[1] - 1)
        draw.line([(0, y), (size[0], y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    return image


def shade(colour, factor):
    return tuple(max(0, min(255, int(c * factor))) for c in colour)


def flower(draw, x, y, r, colour, kind):
    if kind == 0:  # rose: rings
        for k, f in enumerate((1.0, 0.7, 0.45, 0.2)):
            draw.ellipse([x - r * f, y - r * f, x + r * f, y + r * f], fill=shade(colour, 1.0 - 0.12 * k),
                         outline=shade(colour, 0.7))
    elif kind == 1:  # daisy-like: petals and a centre
        for p in range(8):
            a = p * math.pi / 4
            px, py = x + math.cos(a) * r * 0.6, y + math.sin(a) * r * 0.6
            draw.ellipse([px - r * 0.4, py - r * 0.4, px + r * 0.4, py + r * 0.4], fill=colour)
        draw.ellipse([x - r * 0.3, y - r * 0.3, x + r * 0.3, y + r * 0.3], fill=(110, 80, 30))
    else:  # tulip/bud: an oval with a notch
        draw.ellipse([x - r * 0.6, y - r, x + r * 0.6, y + r * 0.8], fill=colour, outline=shade(colour, 0.75))
        draw.polygon([(x - r * 0.3, y - r), (x, y - r * 0.4), (x + r * 0.3, y - r)], fill=shade(colour, 0.8))


def bouquet(rng, recipe=None):
    """A bouquet drawn from `rng`; with a `recipe` (the dict a first call returns), the same flower
    kind, colours, wrapping and ribbon on `recipe["back"]`, everything else drawn anew: another
    arrangement of the same bouquet. Returns (image, recipe)."""
    back = rng.choice(BACKS) if recipe is None else recipe["back"]
    image = gradient((SIZE, SIZE), *back)
    draw = ImageDraw.Draw(image)
    cx = SIZE / 2 + rng.uniform(-15, 15)
    top = rng.uniform(60, 95)
    width = rng.uniform(120, 190)
    stems = (110, 140, 70)
    for s in range(rng.randint(5, 9)):
        sx = cx + rng.uniform(-10, 10)
        draw.line([(sx, SIZE * 0.75), (sx + rng.uniform(-8, 8), SIZE - 10)], fill=stems, width=3)
    for _ in range(rng.randint(6, 14)):
        lx, ly = cx + rng.uniform(-width / 2, width / 2), top + rng.uniform(-20, 40)
        draw.ellipse([lx - 14, ly - 5, lx + 14, ly + 5], fill=(60 + rng.randint(0, 40), 130, 60))
    palette = rng.sample(FLOWERS, rng.randint(1, 3)) if recipe is None else recipe["palette"]
    kind = rng.randint(0, 2) if recipe is None else recipe["kind"]
    count = rng.randint(7, 40)
    if recipe is not None:  # about as many flowers, never the same layout
        count = max(7, min(40, int(recipe["count"] * rng.uniform(0.7, 1.3))))
    radius = max(7, 30 - count * 0.5)
    for _ in range(count):
        fx = cx + rng.uniform(-width / 2, width / 2) * 0.9
        fy = top + rng.uniform(-25, 45) + abs(fx - cx) * 0.15
        flower(draw, fx, fy, radius * rng.uniform(0.85, 1.15), rng.choice(palette), kind)
    wrap = rng.choice(WRAPS) if recipe is None else recipe["wrap"]
    draw.polygon([(cx - width / 2, top + 30), (cx + width / 2, top + 30), (cx + 12, SIZE * 0.78), (cx - 12, SIZE * 0.78)],
                 fill=wrap, outline=shade(wrap, 0.8))
    draw.polygon([(cx - width / 2, top + 30), (cx - width / 5, top + 10), (cx, SIZE * 0.72)], fill=shade(wrap, 0.9))
    ribbon = rng.choice(FLOWERS) if recipe is None else recipe["ribbon"]
    draw.ellipse([cx - 16, SIZE * 0.75 - 6, cx + 16, SIZE * 0.75 + 6], fill=ribbon)
    made = dict(back=back, palette=palette, kind=kind, count=count, wrap=wrap, ribbon=ribbon)
    return image.filter(ImageFilter.SMOOTH), made


def arrangement(recipe, rng):
    """Another arrangement of the bouquet of `recipe`: same flower kind, colours, wrapping and
    ribbon; another background, other positions and count of flowers, tilted by a few degrees."""
    others = [b for b in BACKS if b != recipe["back"]]
    image, _ = bouquet(rng, dict(recipe, back=rng.choice(others)))
    angle = rng.choice([-1, 1]) * rng.uniform(4, 12)
    tilted = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=image.getpixel((2, 2)))
    margin = int(SIZE * 0.08)
    return tilted.crop((margin, margin, SIZE - margin, SIZE - margin)).resize((SIZE, SIZE), Image.BICUBIC)


def landscape(rng):
    image = gradient((SIZE, SIZE), (120 + rng.randint(0, 80), 170, 230), (240, 240, 250))
    draw = ImageDraw.Draw(image)
    for k in range(3):
        base = 120 + k * 40 + rng.randint(-10, 10)
        points = [(x, base - rng.randint(0, 50)) for x in range(0, SIZE + 32, 32)]
        colour = (40 + 30 * k, 90 + 25 * k + rng.randint(0, 30), 50 + 10 * k)
        draw.polygon(points + [(SIZE, SIZE), (0, SIZE)], fill=colour)
    return image


def document(rng):
    image = Image.new("RGB", (SIZE, SIZE), (250, 250, 248))
    draw = ImageDraw.Draw(image)
    y = 16
    while y < SIZE - 16:
        x = 16
        while x < SIZE - 30:
            w = rng.randint(10, 40)
            draw.rectangle([x, y, min(SIZE - 16, x + w), y + 5], fill=(40, 40, 50))
            x += w + 6
        y += 14
    return image


def shapes(rng):
    image = gradient((SIZE, SIZE), tuple(rng.randint(0, 255) for _ in range(3)), tuple(rng.randint(0, 255) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(3, 12)):
        x, y, r = rng.randint(0, SIZE), rng.randint(0, SIZE), rng.randint(10, 60)
        colour = tuple(rng.randint(0, 255) for _ in range(3))
        if rng.random() < 0.5:
            draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
        else:
            draw.rectangle([x - r, y - r, x + r, y + r], fill=colour)
    return image


def screenshot(path, rng, caption):
    """A phone screenshot: status bar, the picture in a chat bubble, a caption under it."""
    photo = Image.open(path).convert("RGB").resize((300, 300))
    screen = Image.new("RGB", (360, 640), (14, 22, 33) if rng.random() < 0.5 else (240, 242, 245))
    dark = screen.getpixel((0, 0))[0] < 128
    draw = ImageDraw.Draw(screen)
    ink = (230, 230, 230) if dark else (20, 20, 20)
    font = ImageFont.load_default()
    draw.text((12, 6), "12:4%d" % rng.randint(0, 9), fill=ink, font=font)
    draw.rectangle([300, 8, 340, 16], outline=ink)
    screen.paste(photo, (30, 140))
    draw.text((30, 450), caption, fill=ink, font=font)
    draw.text((30, 470), "19:0%d" % rng.randint(0, 9), fill=ink, font=font)
    return screen


def save(image, folder, name, quality=85):
    os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
    image.save(os.path.join(ROOT, folder, name), "JPEG", quality=quality, optimize=True)


ARRANGEMENTS = 4


def arrangements():
    """For each generated catalog bouquet, four other arrangements of it (Fixtures/arrangements):
    the synthetic proxy for "the same bouquet made again" (README, photo search). The first is
    gen-NN.jpg (seed 3000 + NN), the others gen-NN.K.jpg for K = 2, 3, 4 (seed 3000 + 100 (K - 1)
    + NN): 160 queries, so that one of them is 0.6 points, not 2.5 as with 40."""
    for i in range(40):
        _, recipe = bouquet(random.Random(1000 + i))
        for k in range(1, ARRANGEMENTS + 1):
            name = "gen-%02d.jpg" % i if k == 1 else "gen-%02d.%d.jpg" % (i, k)
            save(arrangement(recipe, random.Random(3000 + 100 * (k - 1) + i)), "arrangements", name)


def main():
    for i in range(40):
        save(bouquet(random.Random(1000 + i))[0], "catalog", "gen-%02d.jpg" % i)
    for i in range(30):
        save(bouquet(random.Random(5000 + i))[0], "negatives", "bouquet-%02d.jpg" % i)
    makers = [landscape, document, shapes]
    for i in range(12):
        save(makers[i % 3](random.Random(9000 + i)), "negatives", "other-%02d.jpg" % i)
    captions = ["Hello! Do you have this one?", "How much is this bouquet?", "For tomorrow please", "Like this"]
    for i, name in enumerate(["rose-red-15", "mix-sunny", "box-red-roses", "tulip-yellow-25", "mix-provence",
                              "hydrangea-blue-5"]):
        rng = random.Random(7000 + i)
        shot = screenshot(os.path.join(DEMO, name + ".jpg"), rng, captions[i % len(captions)])
        save(shot, "queries", "%s.screenshot.jpg" % name, quality=80)


def decoding_fixtures():
    """Small files for the decoder's tests: a PNG with transparency, a greyscale and a CMYK JPEG."""
    folder = os.path.join(ROOT, "decoding")
    os.makedirs(folder, exist_ok=True)
    image = Image.new("RGBA", (48, 32), (200, 30, 45, 255))
    ImageDraw.Draw(image).rectangle([24, 0, 47, 31], fill=(0, 0, 255, 0))
    image.save(os.path.join(folder, "half-transparent.png"))
    Image.new("L", (40, 30), 128).save(os.path.join(folder, "grey.jpg"), "JPEG", quality=90)
    Image.new("CMYK", (40, 30), (0, 255, 255, 0)).save(os.path.join(folder, "cmyk-red.jpg"), "JPEG", quality=95)


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["arrangements"]:  # only the arrangements, leaving the other images as they are
        arrangements()
    else:
        main()
        arrangements()
        decoding_fixtures()
