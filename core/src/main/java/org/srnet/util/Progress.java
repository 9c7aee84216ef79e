package org.srnet.util;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars for long work (training, segmenting, generating, evaluating), written to stderr so that stdout
 * stays clean for tables and JSON. Quiet mode (system property {@code srnet.quiet=true}, set by tests) returns a
 * bar that draws nothing.
 */
public final class Progress {
    /** The bar's rate: progressbar's default pattern {@code #.0} prints 0.8 frames/s as ".8 frames/s". */
    static final DecimalFormat SPEED = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private Progress() {}

    public static ProgressBar bar(String task, long total, String unit) {
        ProgressBarBuilder b = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed((DecimalFormat) SPEED.clone())
                .setUnit(" " + unit, 1)
                .setMaxRenderedLength(110)
                .setEtaFunction(state -> state.getCurrent() == 0 ? java.util.Optional.empty()
                        : java.util.Optional.of(Duration.ofMillis((long) ((state.getMax() - state.getCurrent())
                                * (double) state.getElapsedAfterStart().toMillis() / Math.max(1, state.getCurrent() - state.getStart())))))
                .continuousUpdate();
        if (Boolean.getBoolean("srnet.quiet")) {
            b.setConsumer(new me.tongfei.progressbar.DelegatingProgressBarConsumer(s -> { }));
        } else {
            b.setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err, 110));
        }
        return b.build();
    }
}
