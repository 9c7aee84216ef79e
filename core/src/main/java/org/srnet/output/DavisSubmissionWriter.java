package org.srnet.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.result.TrackSummary;

/**
 * Writes a DAVIS-2019 unsupervised submission: {@code <root>/<sequence>/<frame>.png}, an 8-bit palette PNG per
 * frame whose pixel value is the object's label (0 = background).
 *
 * <p>Tracks the tracker never confirmed are left out ({@link TrackSummary#confirmed}). The benchmark accepts at
 * most {@value #MAX_OBJECTS} objects per sequence, so when a video has more tracks
 * the {@value #MAX_OBJECTS} with the highest {@link TrackSummary} score are kept (ties: lower track ID). Kept
 * tracks are relabelled 1..n in ascending track-ID order, i.e. in order of first appearance. Masks are disjoint by
 * construction (the clustering never gives a pixel twice, and bilinear upsampling of disjoint 0/1 masks cannot
 * push two of them above 0.5 at one pixel), so each pixel gets one label. Each PNG is written atomically.
 */
public final class DavisSubmissionWriter {
    /** The DAVIS-2019 unsupervised limit on proposals per sequence. */
    public static final int MAX_OBJECTS = 20;

    private final Path root;

    /** A writer into submission folder {@code root}. */
    public DavisSubmissionWriter(Path root) {
        this.root = root;
    }

    /** The PNG of one frame. */
    public Path frameFile(String sequence, String frameName) {
        return root.resolve(sequence).resolve(frameName + ".png");
    }

    /** Whether every frame of the sequence already has its PNG (each was written atomically). */
    public boolean isComplete(String sequence, List<String> frameNames) {
        if (frameNames.isEmpty()) {
            return false;
        }
        for (String f : frameNames) {
            if (!Files.isRegularFile(frameFile(sequence, f))) {
                return false;
            }
        }
        return true;
    }

    /** Track ID → submission label 1..n for the kept tracks of a video. */
    public static Map<Integer, Integer> labels(List<FrameResult> frames) {
        List<TrackSummary> kept = TrackSummary.confirmed(frames).stream()
                .sorted(Comparator.comparingDouble(TrackSummary::score).reversed()
                        .thenComparingInt(TrackSummary::trackId))
                .limit(MAX_OBJECTS)
                .sorted(Comparator.comparingInt(TrackSummary::trackId))
                .toList();
        Map<Integer, Integer> labels = new HashMap<>();
        for (TrackSummary t : kept) {
            labels.put(t.trackId(), labels.size() + 1);
        }
        return labels;
    }

    /** Writes every frame of one sequence; frames written before a failure stay valid. */
    public void write(String sequence, List<FrameResult> frames) {
        Map<Integer, Integer> labels = labels(frames);
        for (FrameResult f : frames) {
            byte[] map = new byte[f.width() * f.height()];
            for (SegmentedInstance s : f.instances()) {
                Integer label = labels.get(s.trackId());
                if (label == null) {
                    continue;
                }
                byte[] m = s.mask().decode();
                for (int i = 0; i < m.length; i++) {
                    if (m[i] != 0) {
                        map[i] = label.byteValue();
                    }
                }
            }
            PalettePng.write(frameFile(sequence, f.frameName()), new LabelMap(f.width(), f.height(), map));
        }
    }
}
