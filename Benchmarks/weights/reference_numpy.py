#!/usr/bin/env python3
"""An independent EfficientNet-Lite0 forward pass in numpy (float64), written separately from
the Swift one, to produce the expected logits that Tests/VisualSearchTests/NeuralNetworkTests
compares against. Batch norm is applied as batch norm (not folded), convolutions by im2col.

Inputs are the test patterns of `pattern(n)` (integer formulas, identical in the Swift test),
224×224 RGB bytes, normalized as (x − 127) / 128.

Usage: reference_numpy.py WEIGHTS.fbt OUT_DIR   (writes OUT_DIR/pattern-N.logits.txt)
"""
import os
import sys

import numpy as np

import fbt

EPS = 1e-3
STRIDE2 = {1, 3, 5, 11}  # first blocks of stages 2, 3, 4 and 6


def pattern(n):
    """Test image n as a [224, 224, 3] uint8 array; mirrors NeuralTestPatterns.swift."""
    y, x = np.mgrid[0:224, 0:224].astype(np.int64)
    if n == 0:
        r, g, b = (x * 3 + y * 5) % 256, (x * y) % 256, ((x ^ y) * 7) % 256
    elif n == 1:
        d = (x - 112) ** 2 + (y - 112) ** 2
        r, g, b = np.where(d < 4000, 230, 30), np.where(d < 4000, 40, 160), (y * 255) // 223
    else:
        r, g, b = ((x // 16 + y // 16) % 2) * 200 + 20, (x * 255) // 223, ((x + 2 * y) * 3) % 256
    return np.stack([r, g, b], axis=-1).astype(np.uint8)


def same_pad(x, k, s):
    """TensorFlow SAME padding of an [C, H, W] map: total = max((ceil(n/s) − 1)·s + k − n, 0),
    the smaller half before."""
    _, h, w = x.shape
    def amounts(n):
        out = -(-n // s)
        total = max((out - 1) * s + k - n, 0)
        return total // 2, total - total // 2
    return np.pad(x, ((0, 0), amounts(h), amounts(w)))


def conv(x, weight, stride, groups=1):
    out_c, in_per_group, k, _ = weight.shape
    x = same_pad(x, k, stride)
    c, h, w = x.shape
    oh, ow = (h - k) // stride + 1, (w - k) // stride + 1
    # patches[c, ky, kx, oy, ox]
    patches = np.empty((c, k, k, oh, ow))
    for ky in range(k):
        for kx in range(k):
            patches[:, ky, kx] = x[:, ky : ky + stride * oh : stride, kx : kx + stride * ow : stride]
    if groups == 1:
        return np.einsum("oikl,iklyx->oyx", weight, patches)
    return np.einsum("ckl,cklyx->cyx", weight[:, 0], patches)


def bn(x, t, name):
    scale = t[name + ".weight"] / np.sqrt(t[name + ".running_var"] + EPS)
    return (x - t[name + ".running_mean"][:, None, None]) * scale[:, None, None] + t[name + ".bias"][:, None, None]


def relu6(x):
    return np.clip(x, 0, 6)


def forward(t, image):
    x = (image.astype(np.float64).transpose(2, 0, 1) - 127) / 128
    x = relu6(bn(conv(x, t["_conv_stem.weight"], 2), t, "_bn0"))
    for b in range(16):
        p = f"_blocks.{b}."
        inp = x
        if p + "_expand_conv.weight" in t:
            x = relu6(bn(conv(x, t[p + "_expand_conv.weight"], 1), t, p + "_bn0"))
        x = relu6(bn(conv(x, t[p + "_depthwise_conv.weight"], 2 if b in STRIDE2 else 1, groups=x.shape[0]), t, p + "_bn1"))
        x = bn(conv(x, t[p + "_project_conv.weight"], 1), t, p + "_bn2")
        if b not in STRIDE2 and x.shape == inp.shape:
            x = x + inp
    x = relu6(bn(conv(x, t["_conv_head.weight"], 1), t, "_bn1"))
    features = x.mean(axis=(1, 2))
    return features, t["_fc.weight"] @ features + t["_fc.bias"]


def main():
    weights, out = sys.argv[1], sys.argv[2]
    t = fbt.load(weights)
    for n in range(3):
        features, logits = forward(t, pattern(n))
        top = np.argsort(-logits)[:5]
        print(f"pattern {n}: top-5 {list(top)}, feature norm {np.linalg.norm(features):.4f}")
        with open(os.path.join(out, f"pattern-{n}.logits.txt"), "w") as f:
            f.write("\n".join(f"{v:.6f}" for v in logits) + "\n")


if __name__ == "__main__":
    main()
