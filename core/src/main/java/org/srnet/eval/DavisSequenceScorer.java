package org.srnet.eval;

import java.util.ArrayList;
import java.util.List;

import org.srnet.UserError;
import org.srnet.mask.LabelMap;

/**
 * Evaluates one DAVIS sequence the way the official unsupervised evaluation does: J and F for every
 * (proposal, object, frame), Hungarian matching of proposals to objects on (mean J + mean F) / 2, statistics of
 * each matched pair.
 *
 * <p>Stricter than the official tool, which prints a message and exits with status 0: a proposal id above 20,
 * a missing prediction frame, or a prediction whose size differs from its ground truth is a {@link UserError}.
 */
public final class DavisSequenceScorer {
    /** The official limit on proposal ids per sequence. */
    public static final int MAX_PROPOSALS = 20;

    private DavisSequenceScorer() {}

    /** Scores {@code sequence}, reading its frames one at a time. */
    public static DavisSequenceResult score(DavisSequence sequence) {
        int frames = sequence.frameCount();
        if (frames == 0) {
            throw new UserError("sequence " + sequence.name() + ": no annotated frames");
        }
        LabelMap first = sequence.groundTruth(0);
        int height = first.height();
        int width = first.width();
        // N = largest label of the first frame after void removal; later labels above N are background.
        int objects = first.maxLabel(255);
        // Rows computed per frame: every possible proposal id, plus the empty padding up to N.
        int rows = Math.max(MAX_PROPOSALS, objects);
        double[][][] j = new double[rows][objects][frames];
        double[][][] f = new double[rows][objects][frames];
        double[][] jFrame = new double[rows][objects];
        double[][] fFrame = new double[rows][objects];
        DavisFrameScorer scorer = new DavisFrameScorer(height, width);
        // Identity reuses the frame's J values: J is the non-void mask IoU wherever both masks are present.
        IdentityAccumulator identity = new IdentityAccumulator(objects, rows);
        boolean[] objectPresent = new boolean[objects];
        boolean[] proposalPresent = new boolean[rows];
        List<String> ids = new ArrayList<>(frames);
        int proposals = 0;
        for (int t = 0; t < frames; t++) {
            LabelMap gt = t == 0 ? first : sequence.groundTruth(t);
            if (gt.width() != width || gt.height() != height) {
                throw new UserError("sequence " + sequence.name() + ": ground-truth frame " + sequence.frameId(t)
                        + " is " + gt.width() + "×" + gt.height() + " but the first frame is " + width + "×" + height);
            }
            LabelMap pred = sequence.prediction(t);
            if (pred.width() != width || pred.height() != height) {
                throw new UserError(sequence.predictionName(t) + ": prediction is " + pred.width() + "×"
                        + pred.height() + " but the ground truth is " + width + "×" + height);
            }
            // Like the official reader, every raw value counts, also under void pixels (255 is proposal 255).
            int maxPred = scorer.score(gt.labels(), pred.labels(), objects, rows, jFrame, fFrame);
            if (maxPred > MAX_PROPOSALS) {
                throw new UserError(sequence.predictionName(t) + ": proposal id " + maxPred
                        + " exceeds the maximum of " + MAX_PROPOSALS + " proposals per sequence");
            }
            proposals = Math.max(proposals, maxPred);
            for (int g = 0; g < objects; g++) {
                objectPresent[g] = scorer.objectArea(g + 1) > 0;
            }
            for (int p = 0; p < rows; p++) {
                proposalPresent[p] = scorer.proposalArea(p + 1) > 0;
            }
            identity.frame(objectPresent, proposalPresent, (g, p) -> jFrame[p][g]);
            for (int p = 0; p < rows; p++) {
                for (int g = 0; g < objects; g++) {
                    j[p][g][t] = jFrame[p][g];
                    f[p][g][t] = fFrame[p][g];
                }
            }
            ids.add(sequence.frameId(t));
        }
        VideoIdentity figures = identity.finish(sequence.name(), g -> g + 1, p -> p + 1);
        return match(sequence.name(), objects, proposals, ids, j, f, figures);
    }

    /**
     * Matches proposals to objects and summarises. {@code j[p][g][t]} holds rows for at least
     * {@code max(proposals, objects)} proposals; only those take part, as in the official tool (proposals
     * 1..P, padded with empty ones up to N). {@code identity} is passed through to the result.
     */
    static DavisSequenceResult match(String name, int objects, int proposals, List<String> frameIds,
            double[][][] j, double[][][] f, VideoIdentity identity) {
        int rows = Math.max(proposals, objects);
        double[][] cost = new double[rows][objects];
        for (int p = 0; p < rows; p++) {
            for (int g = 0; g < objects; g++) {
                // The official tool minimises the negated score (mean J + mean F) / 2.
                cost[p][g] = -((NumpyMath.mean(j[p][g]) + NumpyMath.mean(f[p][g])) / 2);
            }
        }
        int[][] pairs = LinearAssignment.solve(cost);
        List<DavisMatchedObject> matches = new ArrayList<>(objects);
        for (int k = 0; k < pairs[0].length; k++) {
            int p = pairs[0][k];
            int g = pairs[1][k];
            matches.add(new DavisMatchedObject(p + 1, g + 1, j[p][g], f[p][g], DavisStatistics.of(j[p][g]),
                    DavisStatistics.of(f[p][g])));
        }
        return new DavisSequenceResult(name, objects, proposals, frameIds, matches, identity);
    }
}
