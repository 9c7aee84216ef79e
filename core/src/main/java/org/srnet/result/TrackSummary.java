package org.srnet.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One track of a whole video, summarised for the writers: its category and its score.
 *
 * <p>SRNet defines no per-track score (method notes §10, §16.10). Ours: the track's category is the argmax over
 * categories of its per-frame class probabilities summed over all its frames; its score is the mean over its frames
 * of (seed objectiveness × that frame's probability of the track's category). In UVOS mode the class probability
 * is 1, so the score is the mean seed objectiveness.
 *
 * @param trackId  track ID within the video
 * @param category track category 1..C, 0 in UVOS mode
 * @param score    track score in [0, 1] as defined above
 * @param frames   number of frames in which the track has a mask
 * @param confirmed whether the tracker confirmed the track in some frame (any instance not tentative); writers leave
 *                 out tracks that never were, which is how a tentative track disappears from the outputs without any
 *                 frame result being rewritten
 */
public record TrackSummary(int trackId, int category, double score, int frames, boolean confirmed) {

    /** The confirmed tracks of {@code results}, ordered by track ID: what the writers output. */
    public static List<TrackSummary> confirmed(List<FrameResult> results) {
        return of(results).stream().filter(TrackSummary::confirmed).toList();
    }

    /** Summarises every track appearing in {@code results}, ordered by track ID. */
    public static List<TrackSummary> of(List<FrameResult> results) {
        Map<Integer, List<SegmentedInstance>> byTrack = new LinkedHashMap<>();
        for (FrameResult f : results) {
            for (SegmentedInstance s : f.instances()) {
                byTrack.computeIfAbsent(s.trackId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<TrackSummary> out = new ArrayList<>(byTrack.size());
        byTrack.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(summarise(e.getKey(), e.getValue())));
        return out;
    }

    private static TrackSummary summarise(int id, List<SegmentedInstance> seen) {
        int classes = seen.get(0).numClasses();
        int category = 0;
        if (classes > 0) {
            double[] sums = new double[classes + 1];
            for (SegmentedInstance s : seen) {
                for (int c = 1; c <= Math.min(classes, s.numClasses()); c++) {
                    sums[c] += s.classProb(c);
                }
            }
            category = 1;
            for (int c = 2; c <= classes; c++) {
                if (sums[c] > sums[category]) {
                    category = c;
                }
            }
        }
        double total = 0;
        for (SegmentedInstance s : seen) {
            total += s.score() * (category == 0 ? 1.0 : s.classProb(category));
        }
        boolean confirmed = seen.stream().anyMatch(s -> !s.tentative());
        return new TrackSummary(id, category, total / seen.size(), seen.size(), confirmed);
    }
}
