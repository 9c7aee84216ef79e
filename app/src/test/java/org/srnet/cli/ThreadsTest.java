package org.srnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The default thread count leaves to other processes the cores they are using. */
class ThreadsTest {

    @Test
    void takesTheCoresTheLoadLeavesFree() {
        assertThat(Threads.adaptive(2, "0.10 0.20 0.30 1/85 123\n")).isEqualTo(2);
        assertThat(Threads.adaptive(2, "1.02 0.90 0.50 2/85 123")).isEqualTo(1);
        assertThat(Threads.adaptive(2, "9.00 9.00 9.00 9/85 123")).isEqualTo(1);
        assertThat(Threads.adaptive(8, "2.40 1.00 1.00 3/85 123")).isEqualTo(6);
        assertThat(Threads.adaptive(8, "2.60 1.00 1.00 3/85 123")).isEqualTo(5);
    }

    @Test
    void withoutALoadAverageEveryCore() {
        assertThat(Threads.adaptive(4, null)).isEqualTo(4);
        assertThat(Threads.adaptive(4, "")).isEqualTo(4);
        assertThat(Threads.adaptive(4, "garbage")).isEqualTo(4);
    }
}
