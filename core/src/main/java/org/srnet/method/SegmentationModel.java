package org.srnet.method;

import java.util.List;
import java.util.Map;

/**
 * A model of some method, loaded with its inference options and ready to segment videos: what the writers,
 * the per-video job, the runners and the CLI know of a method. It opens one {@link OnlineSegmenter} per video.
 */
public interface SegmentationModel extends AutoCloseable {
    /** The name of the method in the registry ({@link Methods}), e.g. {@code srnet}. */
    String method();

    /** VIS category names; index i is category id i + 1. Empty for class-agnostic (UVOS) models. */
    List<String> categories();

    /**
     * A short digest of what the model computes (its architecture and weights, or its parameters), the same for a
     * copy of the model elsewhere: a re-run compares it to decide whether a finished video is still valid.
     */
    String digest();

    /** The inference options in effect, as JSON: compared like {@link #digest()} and recorded with each video. */
    String optionsJson();

    /**
     * The frame size the model works at (SRNet: the network input it was trained at); frames of other sizes are
     * fitted to it. The demo renders its videos at this size.
     */
    int inputWidth();

    /** See {@link #inputWidth()}. */
    int inputHeight();

    /** Free-form facts about how the model was made (preset, iterations, ...), as {@code model.json} records them. */
    Map<String, Object> metadata();

    /** A segmenter for one video; close it when the video ends. */
    OnlineSegmenter open();

    /** Frees the model (its weights in native memory, for a network). */
    @Override
    void close();
}
