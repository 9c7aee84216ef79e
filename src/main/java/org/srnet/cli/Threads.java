package org.srnet.cli;

/**
 * libtorch reads its thread counts once, when the engine starts, from system properties; so they are set here
 * before any DJL class is touched.
 */
final class Threads {
    private Threads() {}

    static void configureDefault() {
        String env = System.getenv("SRNET_THREADS");
        int n = env != null && !env.isBlank() ? Integer.parseInt(env.trim()) : Runtime.getRuntime().availableProcessors();
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            configure(n);
        }
    }

    static void configure(int n) {
        if (n < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Main()), "--threads must be >= 1, got " + n);
        }
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(n));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
}
