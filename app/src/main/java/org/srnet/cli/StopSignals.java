package org.srnet.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGTERM and SIGINT (Ctrl-C) into a request that long work polls at a safe point, instead of the JVM's
 * default of running shutdown hooks and exiting while the main thread may be inside libtorch: exiting in the middle
 * of a backward pass crashed the JVM (an {@code hs_err} file) and lost the steps since the last checkpoint. A second
 * signal stops at once, for a user who does not want to wait for the step to end.
 *
 * <p>{@code sun.misc.Signal} (module {@code jdk.unsupported}) is the only way the JDK offers to replace the JVM's
 * handler; it has been stable since Java 1.3 and is kept exported for exactly this use.
 */
final class StopSignals implements AutoCloseable {
    private static final Map<String, Integer> EXIT_CODES = Map.of("TERM", 143, "INT", 130);

    private final AtomicReference<String> received = new AtomicReference<>();
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private StopSignals() {}

    /** Installs the handlers; {@code err} gets one line when a signal arrives. */
    static StopSignals install(PrintStream err, String whatHappensNext) {
        StopSignals s = new StopSignals();
        for (String name : EXIT_CODES.keySet()) {
            Signal signal = new Signal(name);
            s.previous.put(signal, Signal.handle(signal, sig -> {
                if (s.received.compareAndSet(null, sig.getName())) {
                    err.printf("%nsrnet: SIG%s received; %s (send it again to stop at once)%n", sig.getName(), whatHappensNext);
                    err.flush();
                } else {
                    err.printf("%nsrnet: SIG%s received again; stopping now, without a checkpoint%n", sig.getName());
                    err.flush();
                    Runtime.getRuntime().halt(EXIT_CODES.get(sig.getName()));
                }
            }));
        }
        return s;
    }

    /** Whether a stop was requested. */
    boolean requested() {
        return received.get() != null;
    }

    /** "SIGTERM" or "SIGINT"; null when none arrived. */
    String signal() {
        String r = received.get();
        return r == null ? null : "SIG" + r;
    }

    /** The shell's code for a command ended by the signal received: 128 + its number. */
    int exitCode() {
        return EXIT_CODES.getOrDefault(received.get(), 1);
    }

    /** Restores the JVM's handlers. */
    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
