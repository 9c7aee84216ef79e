package org.srnet.report;

import org.srnet.eval.IdentityCounts;
import org.srnet.eval.IdentityResult;
import org.srnet.eval.VideoIdentity;

/**
 * The report's identity table: one row per video and the pooled figures in the footer. Identity is not part of
 * the official tools, so the caption says how it is computed.
 */
final class IdentitySection {
    private static final String CAPTION = "Not part of the official tools. In every frame, objects and predicted "
            + "instances are paired one to one at mask IoU ≥ " + IdentityResult.IOU_THRESHOLD + ", keeping an "
            + "object's previous pairing when it still qualifies; a pairing with another track than the previous one "
            + "is an ID switch, an unpaired prediction is a false instance. Tracks / object counts the distinct tracks "
            + "an object was paired with. IDF1 (Ristani et al. 2016) assigns whole tracks to whole objects once per "
            + "video. The footer pools the counts of all videos. " + Numbers.MISSING + ": nothing to divide by.";

    private IdentitySection() {}

    /** Appends the table for {@code r} under {@code heading}; nothing when no video was evaluated. */
    static void append(StringBuilder b, String heading, IdentityResult r) {
        if (r.videos().isEmpty()) {
            return;
        }
        b.append("<h4>").append(Html.escape(heading)).append("</h4>\n<div class=\"table-wrap\"><table class=\"num\">\n")
                .append("<thead><tr><th class=\"text\">Video</th><th>IDF1</th><th>IDP</th><th>IDR</th>")
                .append("<th>ID switches</th><th>Tracks / object</th><th>False / frame</th><th>Objects</th>")
                .append("<th>Frames</th></tr></thead>\n<tbody>\n");
        for (VideoIdentity v : r.videos()) {
            row(b, "td", v.video(), v.counts());
        }
        b.append("</tbody>\n<tfoot>\n");
        row(b, "th", "all videos", r.overall());
        b.append("</tfoot>\n</table></div>\n<p class=\"caption\">").append(Html.escape(CAPTION)).append("</p>\n");
    }

    private static void row(StringBuilder b, String cell, String name, IdentityCounts c) {
        b.append("<tr><").append(cell).append(" class=\"text\">").append(Html.escape(name)).append("</").append(cell)
                .append('>');
        String[] values = {Numbers.metric(c.idf1()), Numbers.metric(c.idp()), Numbers.metric(c.idr()),
            String.valueOf(c.switches()), Numbers.metric(c.tracksPerObject()), Numbers.metric(c.falsePerFrame()),
            String.valueOf(c.objects()), String.valueOf(c.frames())};
        for (String v : values) {
            b.append('<').append(cell).append('>').append(v).append("</").append(cell).append('>');
        }
        b.append("</tr>\n");
    }
}
