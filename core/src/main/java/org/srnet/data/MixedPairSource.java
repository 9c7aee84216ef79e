package org.srnet.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws pairs from several corpora: first whether the sample is a synthesized (static) pair, then a corpus by
 * weight among those that can provide that kind, then a video and frames uniformly.
 */
final class MixedPairSource implements PairSource {
    private final DataOptions options;
    private final PairMaker maker;
    private final List<Corpus> staticCorpora = new ArrayList<>();
    private final double[] staticWeights;
    private final List<Corpus> videoCorpora = new ArrayList<>();
    private final List<int[]> multiFrameVideos = new ArrayList<>();
    private final double[] videoWeights;

    MixedPairSource(List<Corpus> corpora, List<Double> weights, DataOptions options) {
        this.options = options;
        this.maker = new PairMaker(options);
        List<Double> sw = new ArrayList<>();
        List<Double> vw = new ArrayList<>();
        for (int c = 0; c < corpora.size(); c++) {
            Corpus corpus = corpora.get(c);
            if (corpus.videos() > 0 && corpus.framesDefineObjects()) {
                staticCorpora.add(corpus);
                sw.add(weights.get(c));
            }
            List<Integer> multi = new ArrayList<>();
            for (int v = 0; v < corpus.videos(); v++) {
                if (corpus.frames(v) >= 2) {
                    multi.add(v);
                }
            }
            if (!multi.isEmpty()) {
                videoCorpora.add(corpus);
                multiFrameVideos.add(multi.stream().mapToInt(Integer::intValue).toArray());
                vw.add(weights.get(c));
            }
        }
        staticWeights = sw.stream().mapToDouble(Double::doubleValue).toArray();
        videoWeights = vw.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether any video pair can be drawn. */
    boolean hasVideos() {
        return videoCorpora.size() > 0 && sum(videoWeights) > 0;
    }

    /** Whether any frame can be drawn for a synthesized pair. */
    boolean hasFrames() {
        return staticCorpora.size() > 0 && sum(staticWeights) > 0;
    }

    @Override
    public FramePair next(Random rnd) {
        boolean synthesize = options.staticPairs() && hasFrames() && (!hasVideos() || rnd.nextDouble() < options.staticPairRatio());
        if (synthesize) {
            Corpus c = staticCorpora.get(pick(staticWeights, rnd));
            int v = rnd.nextInt(c.videos());
            int f = rnd.nextInt(c.frames(v));
            return maker.staticPair(c.load(v, f), rnd);
        }
        int ci = pick(videoWeights, rnd);
        Corpus c = videoCorpora.get(ci);
        int[] videos = multiFrameVideos.get(ci);
        int v = videos[rnd.nextInt(videos.length)];
        int n = c.frames(v);
        int previous = rnd.nextInt(n - 1);
        int gap = 1 + rnd.nextInt(Math.min(options.maxFrameGap(), n - 1 - previous));
        return maker.videoPair(c.load(v, previous), c.load(v, previous + gap), rnd);
    }

    private static int pick(double[] weights, Random rnd) {
        double r = rnd.nextDouble() * sum(weights);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("no positive weight");
    }

    private static double sum(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        return s;
    }
}
