package org.srnet.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.srnet.UserError;

/** Paths from input data stay inside their root; names from input data make harmless file names. */
class ConfinedPathsTest {
    private static final Path ROOT = Path.of("/data/JPEGImages");
    private static final Path JSON = Path.of("/data/valid.json");

    @Test
    void relativeEntriesResolveInsideTheRoot() {
        assertThat(ConfinedPaths.resolve(ROOT, "v1/00000.jpg", JSON, "f")).isEqualTo(ROOT.resolve("v1/00000.jpg"));
        assertThat(ConfinedPaths.resolve(ROOT, "v1/./00000.jpg", JSON, "f")).isEqualTo(ROOT.resolve("v1/00000.jpg"));
    }

    @Test
    void absoluteClimbingAndEmptyEntriesAreRefusedNamingTheFile() {
        for (String bad : new String[] {"/etc/passwd", "../x.jpg", "v1/../../x.jpg", "v1/x/../0.jpg", "", "\\\\server\\x.jpg"}) {
            assertThatThrownBy(() -> ConfinedPaths.resolve(ROOT, bad, JSON, "videos[0].file_names[3]"))
                    .as(bad).isInstanceOf(UserError.class).hasMessageStartingWith(JSON + ": videos[0].file_names[3] '" + bad + "'");
        }
    }

    @Test
    void safeNamesKeepDatasetNamesAndDefuseTheRest() {
        assertThat(ConfinedPaths.safeName("bike-packing")).isEqualTo("bike-packing");
        assertThat(ConfinedPaths.safeName("0043f083b5")).isEqualTo("0043f083b5");
        assertThat(ConfinedPaths.safeName("my clip 2.final")).isEqualTo("my clip 2.final");
        assertThat(ConfinedPaths.safeName("../../home/me")).isEqualTo("_._.._home_me");
        assertThat(ConfinedPaths.safeName("..")).isEqualTo("_.");
        assertThat(ConfinedPaths.safeName(".hidden")).isEqualTo("_hidden");
        assertThat(ConfinedPaths.safeName("")).isEqualTo("_");
        assertThat(ConfinedPaths.safeName("a\u0000b:c")).isEqualTo("a_b_c");
        assertThat(ConfinedPaths.safeName("x".repeat(500))).hasSize(120);
        assertThat(ConfinedPaths.named(ROOT, "../up", ".mp4").getParent()).isEqualTo(ROOT);
    }
}
