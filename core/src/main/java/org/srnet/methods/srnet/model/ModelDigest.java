package org.srnet.methods.srnet.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import ai.djl.ndarray.NDArray;

import org.srnet.util.FileFingerprint;

/**
 * A digest of what a model computes: its architecture, category names and every tensor's name, shape and values.
 * It is taken from the loaded model rather than from its files, so the same weights copied elsewhere give the same
 * digest and a model that was never saved has one too.
 */
final class ModelDigest {
    private ModelDigest() {}

    /** 16 hex digits of SHA-256. */
    static String of(SrNetModel model) {
        MessageDigest sha = FileFingerprint.sha256();
        sha.update(model.config().toString().getBytes(StandardCharsets.UTF_8));
        sha.update(String.join("\n", model.categories()).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, NDArray> e : model.network().state().tensors().entrySet()) {
            sha.update((e.getKey() + e.getValue().getShape()).getBytes(StandardCharsets.UTF_8));
            float[] values = e.getValue().toFloatArray();
            ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            b.asFloatBuffer().put(values);
            sha.update(b);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
