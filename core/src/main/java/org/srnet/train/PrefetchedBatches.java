package org.srnet.train;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds batch i + 1 on a background thread while the network trains on batch i, so decoding or rendering frames
 * costs no step time. A batch is a function of its iteration alone ({@link BatchSource}), so prefetching changes
 * nothing in what is trained; asking for another iteration than the one prefetched just builds it directly.
 */
public final class PrefetchedBatches<B> implements BatchSource<B>, AutoCloseable {
    private final BatchSource<B> source;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "srnet-batches");
        t.setDaemon(true);
        return t;
    });
    private Future<B> next;
    private int nextIteration = -1;

    public PrefetchedBatches(BatchSource<B> source) {
        this.source = source;
    }

    @Override
    public B batch(int iteration) {
        B b;
        if (next != null && nextIteration == iteration) {
            b = await(next);
        } else {
            if (next != null) {
                next.cancel(false);
            }
            b = source.batch(iteration);
        }
        int following = iteration + 1;
        next = worker.submit(() -> source.batch(following));
        nextIteration = following;
        return b;
    }

    private static <B> B await(Future<B> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a batch", e);
        } catch (ExecutionException e) {
            // The same failure the direct call would have thrown (a user error naming a bad file, say).
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
