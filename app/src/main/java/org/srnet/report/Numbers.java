package org.srnet.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the report prints numbers, so each kind looks the same in every table. */
final class Numbers {
    /** Shown where a number is missing: NaN, a YouTube-VIS −1, an unmeasured time. */
    static final String MISSING = "—";

    private Numbers() {}

    /**
     * A metric in [0, 1] with three decimals, as both official tools print them ({@code %.3f} in DAVIS,
     * {@code '{:0.3f}'} in YouTube-VIS): rounded half-even from the exact binary value, like Python.
     */
    static String metric(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return MISSING;
        }
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A YouTube-VIS number: −1 means the tool had nothing to average. */
    static String ytvis(double v) {
        return v == -1 ? MISSING : metric(v);
    }

    /** Milliseconds with one decimal. */
    static String ms(double v) {
        return Double.isNaN(v) ? MISSING : oneDecimal(v);
    }

    /** Frames per second with one decimal; 0 (skipped or unmeasured) is shown as missing. */
    static String fps(double v) {
        return v <= 0 || Double.isNaN(v) ? MISSING : oneDecimal(v);
    }

    private static String oneDecimal(double v) {
        return new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
