package org.srnet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ProcStatusTest {
    private static final String STATUS = """
            Name:\tjava
            VmPeak:\t 4123456 kB
            VmHWM:\t  812340 kB
            VmRSS:\t  790112 kB
            Threads:\t42
            """;

    @Test
    void readsKibibytesOfTheNamedField() {
        assertThat(ProcStatus.parseKiB(STATUS, "VmRSS")).isEqualTo(790112);
        assertThat(ProcStatus.parseKiB(STATUS, "VmHWM")).isEqualTo(812340);
    }

    @Test
    void fieldNamesMatchWhole() {
        // "VmRSS" must not match a hypothetical "VmRSSx" line, nor "Vm" match "VmPeak".
        assertThat(ProcStatus.parseKiB("VmRSSx:\t 1 kB\nVmRSS:\t 2 kB\n", "VmRSS")).isEqualTo(2);
        assertThat(ProcStatus.parseKiB(STATUS, "Vm")).isEqualTo(-1);
    }

    @Test
    void absentFieldIsMinusOne() {
        assertThat(ProcStatus.parseKiB(STATUS, "VmSwap")).isEqualTo(-1);
    }

    @Test
    void unexpectedUnitIsAnError() {
        assertThatThrownBy(() -> ProcStatus.parseKiB("VmRSS:\t 2 MB\n", "VmRSS")).hasMessageContaining("unexpected unit");
    }

    @Test
    void thisProcessHasResidentMemoryOnLinux() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")));
        long rss = ProcStatus.rssKiB();
        assertThat(rss).isPositive();
        assertThat(ProcStatus.peakRssKiB()).isGreaterThanOrEqualTo(rss);
    }
}
