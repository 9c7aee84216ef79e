package org.srnet.train;

import java.nio.file.Path;

/**
 * Training stopped on request (SIGTERM, Ctrl-C) at a step boundary, after writing a checkpoint that
 * {@code --resume} continues from. Not an error: the caller reports it and exits non-zero, as an interrupted
 * command does.
 */
public final class TrainingStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int iterations;
    private final transient Path checkpoint;

    TrainingStopped(int iterations, Path checkpoint) {
        super("training stopped after " + iterations + " iterations; checkpoint " + checkpoint);
        this.iterations = iterations;
        this.checkpoint = checkpoint;
    }

    /** Iterations completed, all of them in the checkpoint. */
    public int iterations() {
        return iterations;
    }

    /** The checkpoint written at the stop. */
    public Path checkpoint() {
        return checkpoint;
    }
}
