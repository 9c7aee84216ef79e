package org.srnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class BenchCommandTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void postprocessPrintsOneRowPerInstanceCount() {
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "bench", "postprocess", "--instances", "1,3", "--warmup", "0",
                "--frames", "3", "--frame", "128x72", "--original", "256x144");
        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines[0]).startsWith("head maps 32×24 (valid 32×18), original 256×144");
        assertThat(lines).hasSize(4);
        assertThat(lines[2].strip()).startsWith("1 ");
        assertThat(lines[3].strip()).startsWith("3 ");
    }

    @Test
    void badSizeIsAParameterError() {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "bench", "postprocess", "--frame", "big");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--frame must look like 640x360");
    }
}
