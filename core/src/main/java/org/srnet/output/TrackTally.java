package org.srnet.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.result.TrackSummary;

/**
 * The {@link TrackSummary} of every track of a video, kept up to date as frames arrive, with a few numbers per track
 * and no masks: what a writer needs to choose and rank tracks at the end of a video without holding the video.
 *
 * <p>The result equals {@link TrackSummary#of} over the same frames bit for bit: the track's category needs every
 * frame, and its score is summed over the frames with that category's probability, so the sum is kept for every
 * category (in frame order, as {@link TrackSummary} adds) and the chosen one read at the end.
 */
final class TrackTally {
    private final Map<Integer, Track> tracks = new TreeMap<>();

    /** Counts the instances of one more frame. */
    void add(FrameResult frame) {
        for (SegmentedInstance s : frame.instances()) {
            tracks.computeIfAbsent(s.trackId(), Track::new).add(s);
        }
    }

    /** Every track seen so far, ordered by track ID, as {@link TrackSummary#of} gives them. */
    List<TrackSummary> all() {
        List<TrackSummary> out = new ArrayList<>(tracks.size());
        for (Track t : tracks.values()) {
            out.add(t.summary());
        }
        return out;
    }

    /** The confirmed tracks, ordered by track ID, as {@link TrackSummary#confirmed} gives them. */
    List<TrackSummary> confirmed() {
        return all().stream().filter(TrackSummary::confirmed).toList();
    }

    /** One track: per category c (0 for "no category"), the sum of its class probability and of score × it. */
    private static final class Track {
        final int id;
        int classes = -1;
        /** The smallest class count of an instance with classes; a category above it has no probability there. */
        int probabilities = Integer.MAX_VALUE;
        double[] classSums;
        double[] weighted;
        int frames;
        boolean confirmed;

        Track(int id) {
            this.id = id;
        }

        void add(SegmentedInstance s) {
            if (classes < 0) {
                classes = s.numClasses();
                classSums = new double[classes + 1];
                weighted = new double[classes + 1];
            }
            for (int c = 1; c <= Math.min(classes, s.numClasses()); c++) {
                classSums[c] += s.classProb(c);
            }
            weighted[0] += s.score() * 1.0;
            if (s.numClasses() > 0) {
                probabilities = Math.min(probabilities, s.numClasses());
            }
            for (int c = 1; c <= Math.min(classes, s.numClasses() == 0 ? classes : s.numClasses()); c++) {
                weighted[c] += s.score() * s.classProb(c);
            }
            frames++;
            confirmed |= !s.tentative();
        }

        TrackSummary summary() {
            int category = 0;
            if (classes > 0) {
                category = 1;
                for (int c = 2; c <= classes; c++) {
                    if (classSums[c] > classSums[category]) {
                        category = c;
                    }
                }
            }
            if (category > probabilities) {
                throw new IllegalArgumentException("track " + id + " has category " + category + " but an instance "
                        + "with only " + probabilities + " class probabilities");
            }
            return new TrackSummary(id, category, weighted[category] / frames, frames, confirmed);
        }
    }
}
