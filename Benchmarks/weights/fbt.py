"""Reads a `.fbt` tensor file (format: convert_efficientnet.py) into numpy arrays."""
import struct

import numpy as np


def load(path):
    raw = open(path, "rb").read()
    assert raw[:8] == b"FBTENSR1", "not a .fbt file"
    (count,) = struct.unpack_from("<I", raw, 8)
    cursor, tensors = 12, {}
    for _ in range(count):
        (length,) = struct.unpack_from("<H", raw, cursor)
        name = raw[cursor + 2 : cursor + 2 + length].decode()
        cursor += 2 + length
        rank = raw[cursor]
        dims = struct.unpack_from(f"<{rank}I", raw, cursor + 1)
        (offset,) = struct.unpack_from("<Q", raw, cursor + 1 + 4 * rank)
        cursor += 1 + 4 * rank + 8
        size = int(np.prod(dims)) if dims else 1
        tensors[name] = np.frombuffer(raw, "<f4", size, offset).reshape(dims).astype(np.float64)
    return tensors
