package org.srnet.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.srnet.eval.DavisObjectRow;
import org.srnet.eval.DavisResult;
import org.srnet.eval.IdentityCounts;
import org.srnet.eval.IdentityResult;
import org.srnet.eval.YtvisParams;
import org.srnet.eval.YtvisResult;
import org.srnet.job.VideoSummary;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.util.AtomicFiles;

/**
 * Writes the report of a run as one self-contained HTML page: a header with the model card and headline numbers;
 * per video a strip of overlay frames and a track timeline; the DAVIS and YouTube-VIS tables; speed per stage.
 * Images are embedded as {@code data:} URIs and CSS and script are inline, so the file can be mailed or opened
 * anywhere. A small inline script marks {@code <body>} with {@code data-check="ok"} once every image has loaded
 * and no script error occurred ({@code "failed"} and {@code data-errors} otherwise), which the Chromium test reads.
 */
public final class HtmlReport {
    /** Frames shown per video in the strip (fewer when the video is shorter). */
    public static final int STRIP_FRAMES = 8;
    /** Largest width in pixels of an embedded strip frame: sharp at the strip's display size, small in bytes. */
    public static final int STRIP_WIDTH = 360;

    private static final String SUMMARY = "SRNet (Ying, Li and Chuah, ACM MM 2021) segments and tracks every object "
            + "in a video online, one frame at a time, in a single network pass: each pixel is related to its object's "
            + "centre and each centre to its place in the previous frame.";

    private HtmlReport() {}

    /** Writes the page for {@code content} to {@code file} atomically (a reader never sees half a page). */
    public static void write(Path file, ReportContent content) {
        String html = render(content);
        AtomicFiles.writeString(file, html);
    }

    /** Returns the whole page. Overlay frames are read here; a missing or unreadable one is a {@code UserError}. */
    static String render(ReportContent c) {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(c.title())).append("</title>\n")
                .append("<style>\n").append(ReportStyle.CSS).append("</style>\n")
                .append("<script>\n").append(ReportStyle.CHECK_SCRIPT).append("</script>\n")
                .append("</head>\n<body data-check=\"pending\">\n");
        header(b, c);
        b.append("<main>\n");
        videos(b, c);
        metrics(b, c);
        speed(b, c);
        notes(b, c);
        b.append("</main>\n<footer>Written by srnet. Masks are blended over each frame in the colour of their "
                + "track ID; the same colour marks the track in its timeline.</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void header(StringBuilder b, ReportContent c) {
        b.append("<header>\n<h1>").append(esc(c.title())).append("</h1>\n<p class=\"lede\">").append(esc(SUMMARY))
                .append("</p>\n<div class=\"headline\">\n");
        if (c.davis() != null && c.davis().global().containsKey("J&F-Mean")) {
            stat(b, "J&F-Mean", Numbers.metric(c.davis().get("J&F-Mean")), "DAVIS unsupervised");
        }
        if (c.ytvis() != null && c.ytvis().stats().containsKey("AP")) {
            stat(b, "AP", Numbers.ytvis(c.ytvis().get("AP")), "YouTube-VIS, IoU 0.50:0.95");
        }
        IdentityResult identity = headlineIdentity(c);
        if (identity != null) {
            IdentityCounts o = identity.overall();
            stat(b, "IDF1", Numbers.metric(o.idf1()), o.switches() + " ID switches, " + Numbers.metric(o.tracksPerObject())
                    + " tracks per object, " + Numbers.metric(o.falsePerFrame()) + " false instances per frame");
        }
        stat(b, "FPS", Numbers.fps(overall(c.videos()).fps()), "whole pipeline, outputs included");
        int frames = 0;
        int tracks = 0;
        for (ReportVideo v : c.videos()) {
            frames += v.results().size();
            tracks += trackIds(v.results()).size();
        }
        stat(b, "videos", String.valueOf(c.videos().size()), frames + " frames, " + tracks + " tracks");
        b.append("</div>\n");
        if (!c.modelCard().isEmpty()) {
            b.append("<h2>Model</h2>\n<div class=\"table-wrap\"><table class=\"kv\">\n");
            for (Map.Entry<String, Object> e : c.modelCard().entrySet()) {
                b.append("<tr><th>").append(esc(e.getKey())).append("</th><td>").append(esc(cardValue(e.getValue())))
                        .append("</td></tr>\n");
            }
            b.append("</table></div>\n");
        }
        b.append("<nav><a href=\"#videos\">Videos</a> · <a href=\"#accuracy\">Accuracy</a> · "
                + "<a href=\"#speed\">Speed</a>").append(c.notes().isEmpty() ? "" : " · <a href=\"#run\">Run</a>")
                .append("</nav>\n</header>\n");
    }

    /** The identity shown in the header: from the DAVIS label maps when evaluated, else from the results. */
    private static IdentityResult headlineIdentity(ReportContent c) {
        if (c.davis() != null && !c.davis().sequences().isEmpty()) {
            return c.davis().identity();
        }
        if (c.ytvis() != null && !c.ytvis().identity().videos().isEmpty()) {
            return c.ytvis().identity();
        }
        return null;
    }

    private static void stat(StringBuilder b, String name, String value, String detail) {
        b.append("<div class=\"stat\"><div class=\"value\">").append(esc(value)).append("</div><div class=\"name\">")
                .append(esc(name)).append("</div><div class=\"detail\">").append(esc(detail)).append("</div></div>\n");
    }

    private static void videos(StringBuilder b, ReportContent c) {
        b.append("<section id=\"videos\">\n<h2>Videos</h2>\n");
        if (c.videos().isEmpty()) {
            b.append("<p class=\"none\">No videos were segmented.</p>\n");
        }
        int index = 0;
        for (ReportVideo v : c.videos()) {
            index++;
            b.append("<article class=\"video\" id=\"video-").append(index).append("\">\n<h3>").append(esc(v.name()))
                    .append("</h3>\n<p class=\"meta\">").append(v.results().size()).append(" frames · ")
                    .append(trackIds(v.results()).size()).append(" tracks");
            if (v.speed() != null) {
                VideoSummary s = v.speed();
                b.append(" · ").append(s.skipped() ? "not timed (done by an earlier run)"
                        : Numbers.fps(s.fps()) + " FPS (preprocess " + Numbers.ms(s.preprocessMs()) + " ms, network "
                                + Numbers.ms(s.networkMs()) + " ms, post-processing " + Numbers.ms(s.postprocessMs())
                                + " ms, output " + Numbers.ms(s.outputMs()) + " ms per frame)");
            }
            b.append("</p>\n");
            List<Integer> shown = stripIndices(v.overlayFrames().size(), STRIP_FRAMES);
            List<Integer> shownFrames = new ArrayList<>();
            if (!shown.isEmpty()) {
                b.append("<div class=\"strip\">\n");
                for (int i : shown) {
                    FrameResult r = v.results().get(i);
                    shownFrames.add(r.frameIndex());
                    EmbeddedImage img = EmbeddedImage.of(v.overlayFrames().get(i), STRIP_WIDTH);
                    StringBuilder ids = new StringBuilder();
                    for (SegmentedInstance s : r.instances()) {
                        ids.append(ids.length() == 0 ? "" : " ").append('#').append(s.trackId());
                    }
                    String caption = "frame " + r.frameName();
                    b.append("<figure><img src=\"").append(img.dataUri()).append("\" width=\"").append(img.width())
                            .append("\" height=\"").append(img.height()).append("\" alt=\"")
                            .append(esc(v.name() + " " + caption)).append("\"><figcaption>").append(esc(caption))
                            .append(" <span class=\"ids\">").append(ids.length() == 0 ? "no objects" : esc(ids.toString()))
                            .append("</span></figcaption></figure>\n");
                }
                b.append("</div>\n");
            }
            b.append("<h4>Track timeline</h4>\n")
                    .append(TrackTimeline.svg(v.results(), c::categoryName, shownFrames)).append("\n</article>\n");
        }
        b.append("</section>\n");
    }

    private static void metrics(StringBuilder b, ReportContent c) {
        b.append("<section id=\"accuracy\">\n<h2>Accuracy</h2>\n");
        if (c.davis() == null && c.ytvis() == null) {
            b.append("<p class=\"none\">Not evaluated.</p>\n");
        }
        if (c.davis() != null) {
            davis(b, c.davis());
            IdentitySection.append(b, "Identity (DAVIS label maps)", c.davis().identity());
        }
        if (c.ytvis() != null) {
            ytvis(b, c);
            IdentitySection.append(b, "Identity (YouTube-VIS results)", c.ytvis().identity());
        }
        b.append("</section>\n");
    }

    private static void davis(StringBuilder b, DavisResult d) {
        b.append("<h3>DAVIS unsupervised (J&amp;F)</h3>\n<div class=\"table-wrap\"><table class=\"num\">\n<thead><tr>");
        for (String m : DavisResult.MEASURES) {
            b.append("<th>").append(esc(m)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody><tr>");
        for (String m : DavisResult.MEASURES) {
            Double v = d.global().get(m);
            b.append("<td>").append(v == null ? Numbers.MISSING : Numbers.metric(v)).append("</td>");
        }
        b.append("</tr></tbody>\n</table></div>\n");
        b.append("<h4>Per object</h4>\n<div class=\"table-wrap\"><table class=\"num\">\n<thead><tr><th class=\"text\">Object</th>"
                + "<th>Proposal → object</th><th>J&amp;F-Mean</th><th>J-Mean</th><th>J-Recall</th><th>J-Decay</th>"
                + "<th>F-Mean</th><th>F-Recall</th><th>F-Decay</th></tr></thead>\n<tbody>\n");
        for (DavisObjectRow r : d.perObject()) {
            b.append("<tr><td class=\"text\">").append(esc(r.name())).append("</td><td>").append(r.proposal())
                    .append(" → ").append(r.object()).append("</td><td>")
                    .append(Numbers.metric((r.j().mean() + r.f().mean()) / 2)).append("</td><td>")
                    .append(Numbers.metric(r.j().mean())).append("</td><td>").append(Numbers.metric(r.j().recall()))
                    .append("</td><td>").append(Numbers.metric(r.j().decay())).append("</td><td>")
                    .append(Numbers.metric(r.f().mean())).append("</td><td>").append(Numbers.metric(r.f().recall()))
                    .append("</td><td>").append(Numbers.metric(r.f().decay())).append("</td></tr>\n");
        }
        if (d.perObject().isEmpty()) {
            b.append("<tr><td class=\"text\" colspan=\"9\">no objects</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n");
    }

    private static void ytvis(StringBuilder b, ReportContent c) {
        YtvisResult y = c.ytvis();
        b.append("<h3>YouTube-VIS (video AP / AR)</h3>\n<div class=\"table-wrap\"><table class=\"num\">\n");
        List<String> stats = YtvisParams.STATS;
        int half = stats.size() / 2;
        for (int row = 0; row < 2; row++) {
            b.append("<tr>");
            for (int i = row * half; i < (row + 1) * half; i++) {
                b.append("<th>").append(esc(stats.get(i))).append("</th>");
            }
            b.append("</tr>\n<tr>");
            for (int i = row * half; i < (row + 1) * half; i++) {
                Double v = y.stats().get(stats.get(i));
                b.append("<td>").append(v == null ? Numbers.MISSING : Numbers.ytvis(v)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table></div>\n<p class=\"caption\">AP averaged over IoU 0.50:0.95 (AP50, AP75 at one threshold); "
                + "s/m/l: small, medium, large objects; AR at 1, 10, 100 detections per video; "
                + Numbers.MISSING + ": nothing to average.</p>\n");
        if (!y.perCategoryAp().isEmpty()) {
            b.append("<h4>AP per category</h4>\n<div class=\"table-wrap\"><table class=\"num\">\n<thead><tr><th>Id</th><th class=\"text\">"
                    + "Category</th><th>AP</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<Integer, Double> e : y.perCategoryAp().entrySet()) {
                b.append("<tr><td>").append(e.getKey()).append("</td><td class=\"text\">")
                        .append(esc(c.categoryName(e.getKey()))).append("</td><td>")
                        .append(e.getValue() == -1 ? Numbers.MISSING + " (no ground truth)" : Numbers.metric(e.getValue()))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table></div>\n");
        }
        if (!y.warnings().isEmpty()) {
            b.append("<ul class=\"warnings\">\n");
            for (String w : y.warnings()) {
                b.append("<li>").append(esc(w)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
    }

    private static void speed(StringBuilder b, ReportContent c) {
        b.append("<section id=\"speed\">\n<h2>Speed</h2>\n<div class=\"table-wrap\"><table class=\"num\">\n<thead><tr><th class=\"text\">Video"
                + "</th><th>Frames</th><th>Preprocess ms</th><th>Network ms</th><th>Post-processing ms</th>"
                + "<th>Output ms</th><th>Total ms</th><th>FPS</th></tr></thead>\n<tbody>\n");
        for (ReportVideo v : c.videos()) {
            speedRow(b, "td", v.name(), v.speed());
        }
        b.append("</tbody>\n<tfoot>\n");
        speedRow(b, "th", "all videos", overall(c.videos()));
        b.append("</tfoot>\n</table></div>\n<p class=\"caption\">Mean wall-clock milliseconds per frame; the overall row "
                + "weighs each video by its frames. FPS counts every stage, writing outputs included.</p>\n</section>\n");
    }

    private static void speedRow(StringBuilder b, String cell, String name, VideoSummary s) {
        b.append("<tr><").append(cell).append(" class=\"text\">").append(esc(name)).append("</").append(cell).append('>');
        boolean timed = s != null && !s.skipped() && s.frames() > 0;
        String[] values = timed
                ? new String[] {String.valueOf(s.frames()), Numbers.ms(s.preprocessMs()), Numbers.ms(s.networkMs()),
                    Numbers.ms(s.postprocessMs()), Numbers.ms(s.outputMs()),
                    Numbers.ms(s.preprocessMs() + s.networkMs() + s.postprocessMs() + s.outputMs()),
                    Numbers.fps(s.fps())}
                : new String[] {s == null ? Numbers.MISSING : String.valueOf(s.frames()), Numbers.MISSING,
                    Numbers.MISSING, Numbers.MISSING, Numbers.MISSING, Numbers.MISSING, Numbers.MISSING};
        for (String v : values) {
            b.append('<').append(cell).append('>').append(v).append("</").append(cell).append('>');
        }
        b.append("</tr>\n");
    }

    private static void notes(StringBuilder b, ReportContent c) {
        if (c.notes().isEmpty()) {
            return;
        }
        b.append("<section id=\"run\">\n<h2>Run</h2>\n<div class=\"table-wrap\"><table class=\"kv\">\n");
        for (Map.Entry<String, String> e : c.notes().entrySet()) {
            b.append("<tr><th>").append(esc(e.getKey())).append("</th><td>").append(esc(String.valueOf(e.getValue())))
                    .append("</td></tr>\n");
        }
        b.append("</table></div>\n</section>\n");
    }

    /**
     * The frame-weighted mean of the timed videos' per-stage milliseconds, as one summary; zero frames when no
     * video was timed.
     */
    static VideoSummary overall(List<ReportVideo> videos) {
        int frames = 0;
        int tracks = 0;
        double pre = 0;
        double net = 0;
        double post = 0;
        double out = 0;
        for (ReportVideo v : videos) {
            VideoSummary s = v.speed();
            if (s == null || s.skipped() || s.frames() == 0) {
                continue;
            }
            frames += s.frames();
            tracks += s.tracks();
            pre += s.preprocessMs() * s.frames();
            net += s.networkMs() * s.frames();
            post += s.postprocessMs() * s.frames();
            out += s.outputMs() * s.frames();
        }
        if (frames == 0) {
            return new VideoSummary("all videos", 0, 0, 0, 0, 0, 0, true);
        }
        return new VideoSummary("all videos", frames, tracks, pre / frames, net / frames, post / frames, out / frames,
                false);
    }

    /** {@code count} indices evenly spaced over {@code 0 .. n − 1}, both ends included (all of them when n ≤ count). */
    static List<Integer> stripIndices(int n, int count) {
        List<Integer> out = new ArrayList<>();
        int k = Math.min(n, count);
        if (k == 1) {
            out.add(0);
        }
        for (int i = 0; k > 1 && i < k; i++) {
            out.add((int) Math.round((double) i * (n - 1) / (k - 1)));
        }
        return out;
    }

    private static Set<Integer> trackIds(List<FrameResult> results) {
        Set<Integer> ids = new TreeSet<>();
        for (FrameResult r : results) {
            for (SegmentedInstance s : r.instances()) {
                ids.add(s.trackId());
            }
        }
        return ids;
    }

    /** Card values as people write them: whole numbers without ".0", fractions to at most three decimals. */
    static String cardValue(Object v) {
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Numbers.MISSING;
            }
            String s = Numbers.metric(d);
            return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
        }
        return String.valueOf(v);
    }

    private static String esc(String s) {
        return Html.escape(s);
    }
}
