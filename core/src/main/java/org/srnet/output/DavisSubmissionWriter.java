package org.srnet.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;
import org.srnet.mask.Rle;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.result.TrackSummary;
import org.srnet.util.ConfinedPaths;

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
 *
 * <p>Which tracks are kept is known only at the end of a video, so a sequence is fed frame by frame to a sink
 * ({@link #open}) that keeps each track's summary in memory ({@link TrackTally}) and the frames' masks in a spill
 * file ({@link SpillFile}); the PNGs are written from the spill when the sequence ends. Memory does not grow with
 * the number of frames.
 */
public final class DavisSubmissionWriter {
    /** The DAVIS-2019 unsupervised limit on proposals per sequence. */
    public static final int MAX_OBJECTS = 20;

    private final Path root;
    private final int spillBudget;

    /** A writer into submission folder {@code root}. */
    public DavisSubmissionWriter(Path root) {
        this(root, SpillFile.DEFAULT_BUDGET);
    }

    /** As above, with {@code spillBudget} bytes of masks in memory before they go to the spill file (tests). */
    DavisSubmissionWriter(Path root, int spillBudget) {
        this.root = root;
        this.spillBudget = spillBudget;
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
        TrackTally tally = new TrackTally();
        frames.forEach(tally::add);
        return labels(tally);
    }

    private static Map<Integer, Integer> labels(TrackTally tally) {
        List<TrackSummary> kept = tally.confirmed().stream()
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
        try (Sequence s = open(sequence)) {
            frames.forEach(s::add);
            s.finish();
        }
    }

    /**
     * A sink for one sequence, fed frame by frame: {@link Sequence#add} keeps the tracks' summaries in memory and
     * the frames' masks in a spill file next to the sequence's folder; {@link Sequence#finish} picks the tracks and
     * writes every PNG from the spill. Closing deletes the spill file, finished or not.
     */
    public Sequence open(String sequence) {
        return new Sequence(sequence);
    }

    /** The spill file of a sequence being written. */
    Path spillFile(String sequence) {
        return root.resolve("." + ConfinedPaths.safeName(sequence) + ".spill");
    }

    /** One sequence being written; see {@link #open}. */
    public final class Sequence implements AutoCloseable {
        private static final int FRAMES = 0;

        private final String sequence;
        private final SpillFile spill;
        private final TrackTally tally = new TrackTally();
        private int frames;

        private Sequence(String sequence) {
            this.sequence = sequence;
            this.spill = SpillFile.create(spillFile(sequence), spillBudget);
        }

        /** Takes one more frame: its name, size and masks go to the spill file. */
        public void add(FrameResult f) {
            tally.add(f);
            frames++;
            spill.write(FRAMES, out -> {
                out.writeUTF(f.frameName());
                out.writeInt(f.width());
                out.writeInt(f.height());
                out.writeInt(f.instances().size());
                for (SegmentedInstance s : f.instances()) {
                    out.writeInt(s.trackId());
                    SpillFile.writeAscii(out, s.mask().toCompressedString());
                }
            });
        }

        /** Bytes of masks in the spill file so far. */
        public long spilledBytes() {
            return spill.fileBytes();
        }

        /** Writes the PNG of every frame added, in order; frames written before a failure stay valid. */
        public void finish() {
            Map<Integer, Integer> labels = labels(tally);
            spill.read(FRAMES, in -> {
                for (int f = 0; f < frames; f++) {
                    String name = in.readUTF();
                    int width = in.readInt();
                    int height = in.readInt();
                    int n = in.readInt();
                    byte[] map = new byte[width * height];
                    for (int k = 0; k < n; k++) {
                        Integer label = labels.get(in.readInt());
                        String counts = SpillFile.readAscii(in);
                        if (label == null) {
                            continue;
                        }
                        byte[] m = Rle.fromCompressedString(counts, height, width).decode();
                        for (int i = 0; i < m.length; i++) {
                            if (m[i] != 0) {
                                map[i] = label.byteValue();
                            }
                        }
                    }
                    PalettePng.write(frameFile(sequence, name), new LabelMap(width, height, map));
                }
                return null;
            });
        }

        /** Deletes the spill file. */
        @Override
        public void close() {
            spill.close();
        }
    }
}
