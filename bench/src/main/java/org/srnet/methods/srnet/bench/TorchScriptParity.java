package org.srnet.methods.srnet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.Model;
import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;

import org.srnet.UserError;
import org.srnet.bench.SampleStats;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.SrNet;
import org.srnet.methods.srnet.network.SrNetOutput;

/**
 * srnet's network against the same network run by PyTorch itself: a TorchScript file traced by
 * {@code bench/pytorch_reference.py} from the same weights, executed by the libtorch srnet links (so kernels, version
 * and threads are identical and only the layer between Java and libtorch differs). Checks that both give the same
 * head outputs, then times both on the same inputs, alternating frame by frame so machine noise hits both alike.
 */
public final class TorchScriptParity {
    private TorchScriptParity() {}

    /** The traced module's outputs, in this order: F32(t) and the heads as {@code pytorch_reference.py} returns them. */
    private static final String[] OUTPUTS = {"f32", "offsets", "bandwidth", "objectiveness", "tracking", "category"};

    /**
     * @param maxDifference per output: largest |torch − srnet| over all elements, relative to the largest |srnet|
     * @param srnetMs       srnet's forward (encode + decode) per frame
     * @param torchMs       the TorchScript module's forward per frame
     */
    public record Result(Map<String, Double> maxDifference, SampleStats srnetMs, SampleStats torchMs) {
        public double worstDifference() {
            return maxDifference.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        /** srnet's median over PyTorch's: 1.0 is parity, above 1 is overhead. */
        public double ratio() {
            return srnetMs.median() / torchMs.median();
        }
    }

    public static Result run(SrNetModel model, Path torchScript, int width, int height, int warmup, int frames) {
        return run(model, torchScript, width, height, warmup, frames, null);
    }

    /**
     * {@link #run(SrNetModel, Path, int, int, int, int)}, and with {@code profile} non-null libtorch's profiler records
     * every op of the timed frames (both networks; TorchScript's ops sit inside its {@code forward}) to that file, in
     * the Chrome trace format. The profiler slows every op, so the timings of such a run are not comparable.
     */
    public static Result run(SrNetModel model, Path torchScript, int width, int height, int warmup, int frames, Path profile) {
        if (!Files.isRegularFile(torchScript)) {
            throw new UserError(torchScript + ": no such TorchScript file (write one with bench/pytorch_reference.py "
                    + "--torchscript)");
        }
        SrNet net = model.network();
        try (Model traced = Model.newInstance("srnet-reference", "PyTorch");
                NDManager m = model.manager().newSubManager();
                SrNet.InferenceWeights weights = net.inferenceWeights()) {
            loadTorchScript(traced, torchScript);
            Block block = traced.getBlock();
            Shape imageShape = new Shape(1, 3, height, width);
            NDArray image = m.randomNormal(imageShape);
            NDArray previous = m.randomNormal(imageShape);
            NDArray heat = m.randomUniform(0, 1, new Shape(1, 1, (height + 3) / 4, (width + 3) / 4));
            NDArray previousF32 = net.encode(previous, false)[3];

            Map<String, Double> diff = compare(srnet(net, weights, image, previousF32, heat),
                    torch(block, m, image, previousF32, heat), torchScript);
            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            for (int i = 0; i < warmup + frames; i++) {
                try (NDManager frame = m.newSubManager()) {
                    // Copies in the frame's scope, so every result dies with it.
                    NDArray img = inScope(image, frame);
                    NDArray f32 = inScope(previousF32, frame);
                    NDArray h = inScope(heat, frame);
                    if (profile != null && i == warmup) {
                        JniUtils.startProfile(false, true, false);
                    }
                    long t0 = System.nanoTime();
                    srnet(net, weights, img, f32, h);
                    long t1 = System.nanoTime();
                    torch(block, frame, img, f32, h);
                    long t2 = System.nanoTime();
                    if (i >= warmup) {
                        ours.add((t1 - t0) / 1e6);
                        theirs.add((t2 - t1) / 1e6);
                    }
                }
            }
            if (profile != null) {
                JniUtils.stopProfile(profile.toAbsolutePath().toString());
            }
            return new Result(diff, stats(ours), stats(theirs));
        }
    }

    private static NDArray inScope(NDArray a, NDManager scope) {
        NDArray copy = a.duplicate();
        copy.attach(scope);
        return copy;
    }

    private static void loadTorchScript(Model traced, Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.pt$", "");
            traced.load(file.toAbsolutePath().getParent(), name);
        } catch (java.io.IOException | MalformedModelException | RuntimeException e) {
            throw new UserError(file + ": not a TorchScript module libtorch can load (" + e.getMessage() + ")");
        }
    }

    private static NDList srnet(SrNet net, SrNet.InferenceWeights weights, NDArray image, NDArray previousF32, NDArray heat) {
        SrNetOutput o = net.forward(image, null, previousF32, heat, weights);
        NDList out = new NDList(o.f32(), o.offsets(), o.inverseVariance(), o.objectiveness(), o.tracking());
        if (o.categoryLogits() != null) {
            out.add(o.categoryLogits());
        }
        return out;
    }

    private static NDList torch(Block block, NDManager m, NDArray image, NDArray previousF32, NDArray heat) {
        return block.forward(new ParameterStore(m, false), new NDList(image, previousF32, heat), false);
    }

    private static Map<String, Double> compare(NDList ours, NDList theirs, Path file) {
        if (ours.size() != theirs.size()) {
            throw new UserError(file + ": the traced module returns " + theirs.size() + " outputs, srnet's network "
                    + ours.size() + " (was it traced from the same model?)");
        }
        Map<String, Double> diff = new LinkedHashMap<>();
        for (int i = 0; i < ours.size(); i++) {
            NDArray a = ours.get(i);
            NDArray b = theirs.get(i);
            if (!a.getShape().equals(b.getShape())) {
                throw new UserError(file + ": output " + OUTPUTS[i] + " has shape " + b.getShape() + ", srnet's "
                        + a.getShape() + " (traced at another input size?)");
            }
            double scale = Math.max(1e-6, a.abs().max().getFloat());
            diff.put(OUTPUTS[i], a.sub(b).abs().max().getFloat() / scale);
        }
        return diff;
    }

    private static SampleStats stats(List<Double> ms) {
        return SampleStats.of(ms.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
