package org.srnet.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rates under 1 keep their leading zero ("0.8 frames/s", not ".8 frames/s"). */
class ProgressTest {

    @Test
    void speedKeepsItsLeadingZero() {
        assertThat(Progress.SPEED.format(0.8)).isEqualTo("0.8");
        assertThat(Progress.SPEED.format(0.04)).isEqualTo("0.0");
        assertThat(Progress.SPEED.format(31.25)).isEqualTo("31.2");
    }
}
