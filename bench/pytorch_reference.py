#!/usr/bin/env python3
"""The SRNet forward pass in plain PyTorch, to time DJL against PyTorch itself on the same machine.

It builds exactly srnet's network (same layers, same state-dict names, same head activations and crops) from a
srnet model directory (model.json + model.safetensors) or from widths given on the command line, and times the
two halves `srnet bench infer` reports: backbone+FPN, and temporal decoder + heads. With --torchscript it traces the
network with its weights instead, for `srnet bench parity`, which checks that srnet computes the same outputs and
times both in srnet's own libtorch; --save-model writes random weights as a srnet model for that comparison.

    python3 bench/pytorch_reference.py --model models/cpu-small --size 320x192 --threads 2
    python3 bench/pytorch_reference.py --backbone 50 --width 64 --fpn 256 --decoder 256 --head 64 --size 640x360
    python3 bench/pytorch_reference.py --model models/cpu-small --size 320x192 --torchscript /tmp/ref.pt

Needs only torch and numpy (Debian: python3-torch). Not part of the test suite.
"""
import argparse
import json
import statistics
import struct
import time

import numpy as np
import torch
import torch.nn.functional as F

BANDWIDTH_SCALE = 10.0
BANDWIDTH_RAW_LIMIT = 10.0
BLOCKS = {18: [2, 2, 2, 2], 34: [3, 4, 6, 3], 50: [3, 4, 6, 3], 101: [3, 4, 23, 3]}
DTYPES = {"F32": np.float32, "F64": np.float64, "F16": np.float16}


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        array = np.frombuffer(data[start:end], dtype=DTYPES[entry["dtype"]]).reshape(entry["shape"])
        out[name] = torch.from_numpy(array.astype(np.float32))
    return out


def write_safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        blob = t.detach().contiguous().numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    encoded = json.dumps(header).encode()
    encoded += b" " * (-len(encoded) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(encoded)) + encoded + b"".join(blobs))


def group_count(channels):
    g = min(32, channels)
    while channels % g:
        g -= 1
    return g


class SrNet:
    """srnet's network as functions over a state dict; names and shapes match org.srnet.model."""

    def __init__(self, cfg, state=None):
        self.cfg = cfg
        self.depth = cfg["backbone"]
        self.bottleneck = self.depth >= 50
        self.p = state if state is not None else self.random_state()

    # --- parameters (only for timing without a model; He-initialised like srnet's StateDict.conv) ---
    def random_state(self):
        c, p = self.cfg, {}

        def conv(name, out, inp, k, bias, kt=None):
            shape = [out, inp, kt, k, k] if kt else [out, inp, k, k]
            fan_in = inp * k * k * (kt or 1)
            p[name + ".weight"] = torch.randn(shape) * (2.0 / fan_in) ** 0.5
            if bias:
                p[name + ".bias"] = torch.zeros(out)

        def bn(name, ch):
            p[name + ".weight"], p[name + ".bias"] = torch.ones(ch), torch.zeros(ch)
            p[name + ".running_mean"], p[name + ".running_var"] = torch.zeros(ch), torch.ones(ch)

        width, exp = c["backboneWidth"], 4 if self.bottleneck else 1
        conv("backbone.conv1", width, 3, 7, False)
        bn("backbone.bn1", width)
        inp, stages = width, []
        for s, n_blocks in enumerate(BLOCKS[self.depth]):
            planes = width << s
            for b in range(n_blocks):
                n, stride, out = f"backbone.layer{s + 1}.{b}.", 2 if b == 0 and s > 0 else 1, planes * exp
                if self.bottleneck:
                    conv(n + "conv1", planes, inp, 1, False), bn(n + "bn1", planes)
                    conv(n + "conv2", planes, planes, 3, False), bn(n + "bn2", planes)
                    conv(n + "conv3", out, planes, 1, False), bn(n + "bn3", out)
                else:
                    conv(n + "conv1", planes, inp, 3, False), bn(n + "bn1", planes)
                    conv(n + "conv2", planes, planes, 3, False), bn(n + "bn2", planes)
                if stride != 1 or inp != out:
                    conv(n + "downsample.0", out, inp, 1, False), bn(n + "downsample.1", out)
                inp = out
            stages.append(inp)
        fpn, dec, head = c["fpnChannels"], c["decoderChannels"], c["headChannels"]
        for level in range(4):
            conv(f"fpn.lateral{level}", fpn, stages[level], 1, True)
            conv(f"fpn.output{level}", fpn, fpn, 3, True)
        conv("decoder.temporal", dec, fpn, 3, False, kt=2)
        p["decoder.temporal_norm.weight"], p["decoder.temporal_norm.bias"] = torch.ones(1, dec, 1, 1), torch.zeros(1, dec, 1, 1)
        for level in (2, 1, 0):
            if fpn != dec:
                conv(f"decoder.skip{level}", dec, fpn, 1, False)
            conv(f"decoder.block{level}", dec, dec, 3, False)
            p[f"decoder.block{level}_norm.weight"] = torch.ones(1, dec, 1, 1)
            p[f"decoder.block{level}_norm.bias"] = torch.zeros(1, dec, 1, 1)
        outs = {"offsets": 2 + c["extraDims"], "bandwidth": 2, "objectiveness": 1, "tracking": 2}
        if c["numClasses"] > 0:
            outs["category"] = c["numClasses"] + 1
        for name, out in outs.items():
            conv(f"heads.{name}.0", head, dec + (1 if name == "tracking" or c.get("heatmapToAllHeads") else 0), 3, True)
            conv(f"heads.{name}.2", out, head, 1, True)
            p[f"heads.{name}.2.weight"] *= 0.01
        return p

    # --- layers ---
    def conv(self, name, x, stride=1):
        w = self.p[name + ".weight"]
        return F.conv2d(x, w, self.p.get(name + ".bias"), stride, int(w.shape[-1]) // 2)

    def bn(self, name, x):
        p = self.p
        return F.batch_norm(x, p[name + ".running_mean"], p[name + ".running_var"], p[name + ".weight"],
                            p[name + ".bias"], False, 0.1, 1e-5)

    def gn(self, name, x):
        ch = int(x.shape[1])
        return F.group_norm(x, group_count(ch), self.p[name + ".weight"].reshape(ch), self.p[name + ".bias"].reshape(ch), 1e-5)

    # --- the network ---
    def encode(self, image):
        h, w = int(image.shape[2]), int(image.shape[3])
        x = F.pad(image, (0, -w % 32, 0, -h % 32))
        x = F.relu(self.bn("backbone.bn1", self.conv("backbone.conv1", x, 2)))
        x = F.max_pool2d(x, 3, 2, 1)
        c = []
        for s, n_blocks in enumerate(BLOCKS[self.depth]):
            for b in range(n_blocks):
                n, stride = f"backbone.layer{s + 1}.{b}.", 2 if b == 0 and s > 0 else 1
                if self.bottleneck:
                    y = F.relu(self.bn(n + "bn1", self.conv(n + "conv1", x)))
                    y = F.relu(self.bn(n + "bn2", self.conv(n + "conv2", y, stride)))
                    y = self.bn(n + "bn3", self.conv(n + "conv3", y))
                else:
                    y = F.relu(self.bn(n + "bn1", self.conv(n + "conv1", x, stride)))
                    y = self.bn(n + "bn2", self.conv(n + "conv2", y))
                shortcut = x
                if n + "downsample.0.weight" in self.p:
                    shortcut = self.bn(n + "downsample.1", self.conv(n + "downsample.0", x, stride))
                x = F.relu(y + shortcut)
            c.append(x)
        f = [None] * 4
        top = self.conv("fpn.lateral3", c[3])
        f[3] = self.conv("fpn.output3", top)
        for level in (2, 1, 0):
            top = self.conv(f"fpn.lateral{level}", c[level]) + F.interpolate(top, scale_factor=2, mode="nearest")
            f[level] = self.conv(f"fpn.output{level}", top)
        return f

    def decode(self, image_shape, f, previous_f32, heatmap):
        p, cfg = self.p, self.cfg
        stacked = torch.stack([previous_f32, f[3]], 2)
        x = F.conv3d(stacked, p["decoder.temporal.weight"], None, 1, (0, 1, 1)).squeeze(2)
        x = F.relu(self.gn("decoder.temporal_norm", x))
        for level in (2, 1, 0):
            skip = self.conv(f"decoder.skip{level}", f[level]) if f"decoder.skip{level}.weight" in p else f[level]
            x = self.conv(f"decoder.block{level}", F.interpolate(x, scale_factor=2, mode="nearest") + skip)
            x = F.relu(self.gn(f"decoder.block{level}_norm", x))
        h, w = (int(image_shape[2]) + 3) // 4, (int(image_shape[3]) + 3) // 4
        ph, pw = int(x.shape[2]), int(x.shape[3])
        heat = F.pad(heatmap, (0, pw - int(heatmap.shape[3]), 0, ph - int(heatmap.shape[2])))

        def head(name, inp):
            return self.conv(f"heads.{name}.2", F.relu(self.conv(f"heads.{name}.0", inp)))[:, :, :h, :w]

        dims = 2 + cfg["extraDims"]
        bound = torch.ones(dims)
        if cfg["offsetBoundToGrid"]:
            bound[0], bound[1] = max(1.0, w / h), max(1.0, h / w)
        with_heat = torch.cat([x, heat], 1)
        # heatmapToAllHeads: every head reads H(t-1), not only the tracking head.
        others = with_heat if cfg.get("heatmapToAllHeads") else x
        out = {
            "offsets": torch.tanh(head("offsets", others) * cfg["offsetActivationScale"]) * bound.reshape(1, dims, 1, 1),
            "bandwidth": head("bandwidth", others).clamp(-BANDWIDTH_RAW_LIMIT, BANDWIDTH_RAW_LIMIT).exp() * BANDWIDTH_SCALE,
            "objectiveness": torch.sigmoid(head("objectiveness", others)),
            "tracking": head("tracking", with_heat),
        }
        if cfg["numClasses"] > 0:
            out["category"] = head("category", others)
        return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", help="srnet model directory (model.json + model.safetensors)")
    ap.add_argument("--backbone", type=int, default=18)
    ap.add_argument("--width", type=int, default=32, help="ResNet stem width")
    ap.add_argument("--fpn", type=int, default=64)
    ap.add_argument("--decoder", type=int, default=64)
    ap.add_argument("--head", type=int, default=32)
    ap.add_argument("--classes", type=int, default=0)
    ap.add_argument("--size", default="320x192", help="network input WxH")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument("--frames", type=int, default=100)
    ap.add_argument("--json", help="also write the results here")
    ap.add_argument("--save-model", help="write the (random) network as a srnet model directory, so `srnet bench "
                    "parity` can run the same weights")
    ap.add_argument("--torchscript", help="write the network (with its weights) as a traced TorchScript file, for "
                    "`srnet bench parity --torchscript`, which times it in srnet's own libtorch")
    a = ap.parse_args()

    torch.set_num_threads(a.threads)
    torch.set_num_interop_threads(1)
    if a.model:
        with open(f"{a.model}/model.json") as f:
            cfg = json.load(f)["model"]
        net = SrNet(cfg, read_safetensors(f"{a.model}/model.safetensors"))
    else:
        cfg = {"backbone": a.backbone, "backboneWidth": a.width, "fpnChannels": a.fpn, "decoderChannels": a.decoder,
               "headChannels": a.head, "extraDims": 2, "extraStd": 0.3, "numClasses": a.classes,
               "frozenBatchNorm": False, "temporalFeatures": True, "instanceHeatmap": True,
               "offsetActivationScale": 0.25, "offsetBoundToGrid": True}
        torch.manual_seed(0)
        net = SrNet(cfg)
    if a.save_model:
        save_model(net, a.size, a.save_model)

    if a.torchscript:
        export(net, a.size, a.torchscript)
        return
    with torch.inference_mode():
        width, height = (int(v) for v in a.size.split("x"))
        image = torch.randn(1, 3, height, width)
        heat = torch.zeros(1, 1, (height + 3) // 4, (width + 3) // 4)
        previous = None
        encode_ms, decode_ms = [], []
        for i in range(a.warmup + a.frames):
            t0 = time.perf_counter()
            f = net.encode(image)
            t1 = time.perf_counter()
            net.decode(image.shape, f, f[3] if previous is None else previous, heat)
            t2 = time.perf_counter()
            previous = f[3]
            if i >= a.warmup:
                encode_ms.append((t1 - t0) * 1e3)
                decode_ms.append((t2 - t1) * 1e3)
    total = [e + d for e, d in zip(encode_ms, decode_ms)]
    result = {
        "torch": torch.__version__, "threads": a.threads, "size": a.size, "model": cfg,
        "backbone_fpn_ms": statistics.median(encode_ms), "decoder_heads_ms": statistics.median(decode_ms),
        "network_ms": statistics.median(total), "fps": 1e3 / statistics.median(total),
        "network_ms_p10": float(np.percentile(total, 10)), "network_ms_p90": float(np.percentile(total, 90)),
    }
    print(f"PyTorch {torch.__version__}, {a.threads} threads, {a.size}, ResNet-{cfg['backbone']} "
          f"(stem {cfg['backboneWidth']}, FPN {cfg['fpnChannels']}, decoder {cfg['decoderChannels']}, heads {cfg['headChannels']})")
    print(f"  backbone+FPN   {result['backbone_fpn_ms']:8.1f} ms")
    print(f"  decoder+heads  {result['decoder_heads_ms']:8.1f} ms")
    print(f"  network        {result['network_ms']:8.1f} ms  (p10 {result['network_ms_p10']:.1f}, "
          f"p90 {result['network_ms_p90']:.1f})  = {result['fps']:.1f} FPS over {a.frames} frames")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(result, f, indent=2)


def save_model(net, size, directory):
    import os
    width, height = (int(v) for v in size.split("x"))
    os.makedirs(directory, exist_ok=True)
    description = {"format": "srnet-model", "version": 1, "model": net.cfg,
                   "categories": [f"class{i + 1}" for i in range(net.cfg["numClasses"])],
                   "metadata": {"input_width": width, "input_height": height,
                                "note": "random weights written by bench/pytorch_reference.py"}}
    with open(f"{directory}/model.json", "w") as f:
        json.dump(description, f, indent=2)
    write_safetensors(f"{directory}/model.safetensors", net.p)
    print(f"wrote {directory} (random {net.cfg['backbone']}-layer srnet for `srnet bench parity`)")


class Traceable(torch.nn.Module):
    """forward(image, previous image's F32, H(t-1)) -> (F32, head outputs in srnet's order), for tracing."""

    def __init__(self, net):
        super().__init__()
        self.net = net
        # Registered as buffers so the traced file carries the weights.
        for i, (name, value) in enumerate(net.p.items()):
            self.register_buffer(f"p{i}", value)
        self.names = list(net.p)

    def forward(self, image, previous_f32, heatmap):
        self.net.p = {name: getattr(self, f"p{i}") for i, name in enumerate(self.names)}
        f = self.net.encode(image)
        out = self.net.decode(image.shape, f, previous_f32, heatmap)
        return (f[3],) + tuple(out.values())


def export(net, size, path):
    width, height = (int(v) for v in size.split("x"))
    image = torch.randn(1, 3, height, width)
    previous_f32 = net.encode(image)[3]
    heat = torch.zeros(1, 1, (height + 3) // 4, (width + 3) // 4)
    with torch.no_grad():
        traced = torch.jit.trace(Traceable(net).eval(), (image, previous_f32, heat), check_trace=False)
    traced.save(path)
    print(f"wrote {path} (traced at {size}; inputs: image 1x3x{height}x{width}, F32 {tuple(previous_f32.shape)}, "
          f"heatmap {tuple(heat.shape)})")


if __name__ == "__main__":
    main()
