package org.srnet.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;

import org.srnet.UserError;
import org.srnet.bench.cli.BenchCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code srnet} command: one subcommand per user job. */
@Command(name = "srnet", mixinStandardHelpOptions = true, version = "srnet 0.1.0",
        description = "SRNet: online video instance segmentation and tracking on the JVM.",
        subcommands = {
            CommandLine.HelpCommand.class,
            SynthCommand.class,
            TrainCommand.class,
            SegmentCommand.class,
            DemoCommand.class,
            MethodsCommand.class,
            BenchCommand.class,
            EvalCommand.class,
        })
public final class Main implements Runnable {

    @Option(names = "--threads", scope = CommandLine.ScopeType.INHERIT, paramLabel = "N",
            description = "libtorch intra-op threads (default: SRNET_THREADS, else the cores the 1-minute load "
                    + "average leaves free, at least 1).")
    void setThreads(int n) {
        Threads.configure(n);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        useLauncherStderr();
        System.exit(execute(args));
    }

    /**
     * The launcher filters libtorch's noise out of the process's stderr and hands srnet a clean descriptor for its
     * own messages (system property {@code srnet.stderr}, e.g. {@code /dev/fd/3}); see {@code ./srnet}.
     */
    private static void useLauncherStderr() {
        String path = System.getProperty("srnet.stderr");
        if (path == null) {
            return;
        }
        try {
            System.setErr(new PrintStream(new FileOutputStream(path, true), true));
        } catch (IOException e) {
            System.err.println("srnet: warning: cannot write to " + path + " (" + e.getMessage() + "); using stderr");
        }
    }

    /** Runs the CLI and returns its exit code; user errors print one line, never a stack trace. */
    public static int execute(String... args) {
        Threads.configureDefault();
        return commandLine().execute(args);
    }

    /** The configured command line (user errors become one line on stderr and exit code 1). */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            Throwable root = ex;
            while (!(root instanceof UserError) && root.getCause() != null) {
                root = root.getCause();
            }
            PrintWriter err = cmd.getErr();
            if (root instanceof UserError) {
                err.println("srnet: " + root.getMessage());
                err.flush();
                return 1;
            }
            throw ex;
        });
        return cli;
    }
}
