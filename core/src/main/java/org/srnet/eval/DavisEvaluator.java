package org.srnet.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * DAVIS-2017/2019 unsupervised evaluation (the official {@code evaluation_method.py --task unsupervised}).
 *
 * <p>Lifecycle: {@link #reset}, then {@link #process} once per sequence, then {@link #evaluate}. Global numbers
 * pool every matched pair of every sequence (each ground-truth object weighs the same; sequences are not
 * averaged first), and J&amp;F-Mean = (J-Mean + F-Mean) / 2. The static {@link #evaluate(Path, Path, String)}
 * reads a dataset root and a results folder and scores sequences in parallel.
 */
public final class DavisEvaluator implements VideoEvaluator<DavisSequence, DavisResult> {
    private final List<DavisSequenceResult> sequences = new ArrayList<>();

    /** Forgets every processed sequence. */
    @Override
    public void reset() {
        sequences.clear();
    }

    /** Scores one sequence and keeps its summary. */
    @Override
    public void process(DavisSequence sequence) {
        add(DavisSequenceScorer.score(sequence));
    }

    /** Keeps an already scored sequence (for callers that score sequences in parallel). */
    public void add(DavisSequenceResult result) {
        sequences.add(result);
    }

    /** Returns the global and per-object numbers of every sequence processed since the last reset. */
    @Override
    public DavisResult evaluate() {
        List<DavisObjectRow> rows = new ArrayList<>();
        for (DavisSequenceResult s : sequences) {
            int k = 1;
            for (DavisMatchedObject m : s.matches()) {
                rows.add(new DavisObjectRow(s.name() + "_" + k++, s.name(), m.proposal(), m.object(), m.jStats(),
                        m.fStats()));
            }
        }
        int n = rows.size();
        double[][] cols = new double[6][n];
        for (int i = 0; i < n; i++) {
            DavisObjectRow r = rows.get(i);
            cols[0][i] = r.j().mean();
            cols[1][i] = r.j().recall();
            cols[2][i] = r.j().decay();
            cols[3][i] = r.f().mean();
            cols[4][i] = r.f().recall();
            cols[5][i] = r.f().decay();
        }
        Map<String, Double> global = new LinkedHashMap<>();
        double jMean = NumpyMath.mean(cols[0]);
        double fMean = NumpyMath.mean(cols[3]);
        global.put("J&F-Mean", (jMean + fMean) / 2.);
        global.put("J-Mean", jMean);
        global.put("J-Recall", NumpyMath.mean(cols[1]));
        global.put("J-Decay", NumpyMath.mean(cols[2]));
        global.put("F-Mean", fMean);
        global.put("F-Recall", NumpyMath.mean(cols[4]));
        global.put("F-Decay", NumpyMath.mean(cols[5]));
        return new DavisResult(global, rows, sequences);
    }

    /** Evaluates every sequence of {@code set} with as many threads as there are processors. */
    public static DavisResult evaluate(Path gtRoot, Path predDir, String set) {
        DavisFolders folders = new DavisFolders(gtRoot, predDir);
        return evaluate(folders.sequences(set), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Evaluates the given sequences on {@code threads} threads; results are pooled in list order, so the result
     * does not depend on the thread count.
     */
    public static DavisResult evaluate(List<? extends DavisSequence> sequences, int threads) {
        return evaluate(sequences, threads, () -> { });
    }

    /**
     * Evaluates the given sequences on {@code threads} threads, calling {@code onSequenceDone} (from any thread)
     * as each sequence is scored, e.g. to advance a progress bar.
     */
    public static DavisResult evaluate(List<? extends DavisSequence> sequences, int threads, Runnable onSequenceDone) {
        DavisEvaluator evaluator = new DavisEvaluator();
        if (threads <= 1 || sequences.size() <= 1) {
            for (DavisSequence s : sequences) {
                evaluator.process(s);
                onSequenceDone.run();
            }
            return evaluator.evaluate();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, sequences.size()));
        try {
            List<Future<DavisSequenceResult>> futures = new ArrayList<>();
            for (DavisSequence s : sequences) {
                futures.add(pool.submit(() -> {
                    DavisSequenceResult r = DavisSequenceScorer.score(s);
                    onSequenceDone.run();
                    return r;
                }));
            }
            for (Future<DavisSequenceResult> f : futures) {
                evaluator.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return evaluator.evaluate();
    }
}
