package org.srnet.eval;

/**
 * The contract every evaluator follows: {@link #reset}, {@link #process} once per video (small per-video
 * summaries are kept, never mask stacks), then {@link #evaluate}. Evaluators never print or exit; a runner (the
 * static {@code evaluate} methods, the CLI) drives them.
 *
 * @param <V> one video's ground truth and predictions
 * @param <R> the immutable result
 */
public interface VideoEvaluator<V, R> {
    /** Forgets every processed video. */
    void reset();

    /** Evaluates one video and keeps its summary. */
    void process(V video);

    /** Returns the result over every video processed since the last reset. */
    R evaluate();
}
