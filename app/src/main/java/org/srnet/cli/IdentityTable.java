package org.srnet.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.srnet.eval.IdentityCounts;
import org.srnet.eval.IdentityResult;
import org.srnet.eval.VideoIdentity;

/** Prints identity figures after an evaluation command's official tables: overall, then one row per video. */
final class IdentityTable {
    private static final String[] FIGURES = {"IDF1", "IDP", "IDR", "ID-switches", "Tracks/object", "False/frame"};

    private IdentityTable() {}

    /**
     * Prints {@code r} under {@code title}; {@code videoColumn} names the first column of the per-video table
     * ("Sequence", "Video"). An undefined figure (nothing to divide by) is printed as "-".
     */
    static void print(PrintWriter out, String title, String videoColumn, IdentityResult r) {
        out.printf("%n--------------------------- %s ---------------------------%n", title);
        StringBuilder head = new StringBuilder();
        for (String f : FIGURES) {
            head.append(' ').append(String.format("%" + width(f) + "s", f));
        }
        out.println(head);
        out.println(row(r.overall()));
        out.printf("%d objects in %d frames: %d matched at least once, %d of %d predicted instances match no "
                + "object (per-frame matching, mask IoU >= %s)%n", r.overall().objects(), r.overall().frames(),
                r.overall().matchedObjects(), r.overall().falseInstances(), r.overall().predInstances(),
                IdentityResult.IOU_THRESHOLD);
        int nameWidth = videoColumn.length();
        for (VideoIdentity v : r.videos()) {
            nameWidth = Math.max(nameWidth, v.video().length());
        }
        out.printf("%n %-" + nameWidth + "s%s  Objects  Frames%n", videoColumn, head);
        for (VideoIdentity v : r.videos()) {
            out.printf(" %-" + nameWidth + "s%s  %7d  %6d%n", v.video(), row(v.counts()), v.counts().objects(),
                    v.counts().frames());
        }
        out.flush();
    }

    private static String row(IdentityCounts c) {
        double[] ratios = {c.idf1(), c.idp(), c.idr()};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ratios.length; i++) {
            b.append(' ').append(figure(ratios[i], width(FIGURES[i])));
        }
        b.append(' ').append(String.format("%" + width(FIGURES[3]) + "d", c.switches()));
        b.append(' ').append(figure(c.tracksPerObject(), width(FIGURES[4])));
        b.append(' ').append(figure(c.falsePerFrame(), width(FIGURES[5])));
        return b.toString();
    }

    private static int width(String figure) {
        return Math.max(figure.length(), 9);
    }

    private static String figure(double v, int width) {
        return Double.isNaN(v) ? String.format("%" + width + "s", "-")
                : String.format(Locale.ROOT, "%" + width + ".6f", v);
    }
}
