package org.srnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.data.DavisDataset;

/** {@code srnet synth} writes a data root, and a malformed size is a usage error. */
class SynthCommandTest {
    @TempDir
    Path dir;

    @Test
    void commandLineWritesTheDataRoot() {
        Path out = dir.resolve("cli");
        int code = Main.execute("synth", "--out", out.toString(), "--videos", "2", "--frames", "2",
                "--size", "48x32", "--seed", "9");
        assertThat(code).isZero();
        assertThat(DavisDataset.open(out, "train").sequences()).hasSize(1);
        assertThat(Main.execute("synth", "--out", dir.resolve("x").toString(), "--size", "48by32")).isEqualTo(1);
    }
}
