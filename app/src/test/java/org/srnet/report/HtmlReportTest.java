package org.srnet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;
import org.srnet.job.VideoSummary;

class HtmlReportTest {
    @TempDir
    Path dir;

    private static final VideoSummary SPEED_A = new VideoSummary("walk", 20, 2, 2.0, 30.0, 5.5, 2.5, false);
    private static final VideoSummary SPEED_B = new VideoSummary("b", 20, 3, 4.0, 50.0, 10.0, 16.0, false);

    private String writeTwoVideos() throws IOException {
        List<ReportVideo> videos = List.of(ReportFixtures.video(dir, "walk", 20, SPEED_A),
                ReportFixtures.video(dir, "<b>&\"x'", 3, SPEED_B));
        Path html = dir.resolve("out/report.html");
        HtmlReport.write(html, ReportFixtures.content(videos));
        return Files.readString(html, StandardCharsets.UTF_8);
    }

    @Test
    void writesOnePageAtomicallyWithEveryVideo() throws IOException {
        String page = writeTwoVideos();
        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(page).contains("<h3>walk</h3>").contains("<h3>&lt;b&gt;&amp;&quot;x&#39;</h3>");
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
        // self-contained: nothing is fetched from anywhere
        assertThat(page).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("<link")
                .doesNotContain("src=\"file");
    }

    @Test
    void aMissingOverlayKeepsThePreviousPage() throws IOException {
        String before = writeTwoVideos();
        ReportVideo v = ReportFixtures.video(dir, "gone", 2, SPEED_A);
        Path missing = v.overlayFrames().get(1);
        Files.delete(missing);
        Path html = dir.resolve("out/report.html");
        assertThatThrownBy(() -> HtmlReport.write(html, ReportFixtures.content(List.of(v))))
                .isInstanceOf(UserError.class).hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void stripEmbedsEightEvenlySpacedDownscaledFrames() throws IOException {
        String page = writeTwoVideos();
        String walk = section(page, "<h3>walk</h3>");
        // 20 frames: round(i·19/7) for i = 0..7
        List<String> captions = all(walk, "<figcaption>frame (\\d+) ");
        assertThat(captions).containsExactly("00000", "00003", "00005", "00008", "00011", "00014", "00016", "00019");
        assertThat(count(walk, "<img ")).isEqualTo(8);
        assertThat(count(walk, "<img src=\"data:image/jpeg;base64,")).isEqualTo(8);
        // the 3-frame video shows all three
        assertThat(count(section(page, "<h3>&lt;b&gt;"), "<img src=\"data:image/")).isEqualTo(3);

        Matcher m = Pattern.compile("src=\"data:image/jpeg;base64,([^\"]+)\" width=\"(\\d+)\" height=\"(\\d+)\"")
                .matcher(walk);
        assertThat(m.find()).isTrue();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        assertThat(img.getWidth()).isEqualTo(HtmlReport.STRIP_WIDTH).isEqualTo(Integer.parseInt(m.group(2)));
        // 720×405 scaled to 360 wide keeps the aspect ratio
        assertThat(img.getHeight()).isEqualTo(203).isEqualTo(Integer.parseInt(m.group(3)));
        // frame 0: track 1 at x 40..159, y 60..219 is blended with its colour; pick its centre pixel at half scale
        int rgb = img.getRGB(50, 70);
        java.awt.Color track1 = org.srnet.output.OverlayRenderer.trackColor(1);
        java.awt.Color bg = new java.awt.Color(ReportFixtures.background(0).getRGB(100, 140));
        assertThat(Math.abs(((rgb >> 16) & 0xff) - (track1.getRed() + bg.getRed()) / 2)).isLessThan(25);
        // the figure caption lists the tracks in the frame
        assertThat(walk).contains("frame 00005 <span class=\"ids\">#1 #3</span>");
    }

    @Test
    void timelineHasOneRowPerTrackAndABarPerRun() throws IOException {
        String page = writeTwoVideos();
        String svg = between(section(page, "<h3>walk</h3>"), "<svg", "</svg>");
        assertThat(all(svg, "<g class=\"track\" data-track=\"(\\d+)\"")).containsExactly("1", "2", "3");
        String track1 = between(svg, "data-track=\"1\"", "</g>");
        String track2 = between(svg, "data-track=\"2\"", "</g>");
        String track3 = between(svg, "data-track=\"3\"", "</g>");
        assertThat(count(track1, "class=\"alive\"")).isEqualTo(1);
        assertThat(track1).contains("frames 0–19");
        // lost in frames 5 and 6: two bars
        assertThat(count(track2, "class=\"alive\"")).isEqualTo(2);
        assertThat(track2).contains("frames 0–4").contains("frames 7–19");
        assertThat(track3).contains("frames 5–5");
        // colours of the overlay renderer; labels with the category name, escaped and shortened
        assertThat(track1).contains("fill=\"" + hex(org.srnet.output.OverlayRenderer.trackColor(1)) + "\"")
                .contains(">#1 person</text>");
        assertThat(track2).contains("#2 &lt;dog &amp; &quot;cat…</text>");
        // 778-unit plot (960 − 170 − 12), 20 frames; track 1 spans the whole plot
        assertThat(track1).contains("class=\"alive\" x=\"170\" y=\"9\" width=\"778\"");
        // axis ticks every 2 frames (20 frames, at most 12 ticks)
        assertThat(all(between(svg, "<g class=\"axis\">", "</g>"), "<text x=\"[0-9.]+\" y=\"\\d+\">(\\d+)</text>"))
                .containsExactly("0", "2", "4", "6", "8", "10", "12", "14", "16", "18");
    }

    @Test
    void numbersAreFormattedLikeTheOfficialTools() throws IOException {
        String page = writeTwoVideos();
        String davis = between(page, "<h3>DAVIS", "<h4>");
        assertThat(all(davis, "<td>([^<]*)</td>"))
                .containsExactly("0.712", "0.700", "0.800", "—", "0.725", "0.850", "-0.012");
        String perObject = between(page, "<h4>Per object</h4>", "</table>");
        assertThat(perObject).contains("<td class=\"text\">walk_1</td><td>1 → 1</td><td>0.850</td><td>0.900</td>"
                + "<td>1.000</td><td>0.050</td><td>0.800</td><td>0.750</td><td>0.100</td>");
        // (0.25 + 0.375) / 2 = 0.3125 rounds half-even to 0.312
        assertThat(perObject).contains("<td>3 → 2</td><td>0.312</td>");
        String ytvis = between(page, "<h3>YouTube-VIS", "<h4>");
        assertThat(all(ytvis, "<td>([^<]*)</td>")).containsExactly("0.457", "0.650", "0.500", "—", "0.400", "0.550",
                "0.300", "0.500", "0.520", "—", "0.450", "0.600");
        String perCategory = between(page, "<h4>AP per category</h4>", "</table>");
        assertThat(perCategory).contains("<td>1</td><td class=\"text\">person</td><td>0.625</td>")
                .contains("<td class=\"text\">&lt;dog &amp; &quot;cat&quot;&gt;</td><td>0.287</td>")
                .contains("<td>— (no ground truth)</td>");

        String speed = between(page, "<section id=\"speed\">", "</section>");
        assertThat(speed).contains("<td class=\"text\">walk</td><td>20</td><td>2.0</td><td>30.0</td><td>5.5</td>"
                + "<td>2.5</td><td>40.0</td><td>25.0</td>");
        // frame-weighted: (2·20 + 4·20)/40 = 3, 40, 7.75 → 7.8, 9.25 → 9.2 (half-even), total 60 → 16.7 FPS
        assertThat(speed).contains("<th class=\"text\">all videos</th><th>40</th><th>3.0</th><th>40.0</th>"
                + "<th>7.8</th><th>9.2</th><th>60.0</th><th>16.7</th>");
        // headline and card
        assertThat(between(page, "<header>", "</header>")).contains("<div class=\"value\">0.712</div>")
                .contains("<div class=\"value\">0.457</div>").contains("<div class=\"value\">16.7</div>")
                .contains("23 frames, 5 tracks")
                .contains("<tr><th>iterations</th><td>3000</td></tr>")
                .contains("<tr><th>val J&amp;F</th><td>0.651</td></tr>");
    }

    @Test
    void identityHasATableAndAHeadline() throws IOException {
        String page = writeTwoVideos();
        String identity = between(page, "<h4>Identity (YouTube-VIS results)</h4>", "</p>");
        assertThat(identity).contains("<td class=\"text\">walk</td><td>0.847</td><td>0.800</td><td>0.900</td><td>1</td>"
                + "<td>1.500</td><td>0.350</td><td>2</td><td>20</td>")
                .contains("<th class=\"text\">all videos</th><th>0.847</th>").contains("IoU ≥ 0.5");
        // The DAVIS fixture has no per-sequence results, so there is no DAVIS identity table and the header
        // falls back to the YouTube-VIS figures.
        assertThat(page).doesNotContain("Identity (DAVIS label maps)");
        assertThat(between(page, "<header>", "</header>")).contains("<div class=\"value\">0.847</div><div class=\"name\">"
                + "IDF1</div><div class=\"detail\">1 ID switches, 1.500 tracks per object, 0.350 false instances per frame");
    }

    @Test
    void everyStringIsEscaped() throws IOException {
        String page = writeTwoVideos();
        assertThat(page).doesNotContain("<b>&").doesNotContain("<dog");
        assertThat(page).contains("<td class=\"text\">&lt;b&gt;&amp;&quot;x&#39;</td>");
        assertThat(page).contains("alt=\"&lt;b&gt;&amp;&quot;x&#39; frame 00000\"");
        assertThat(Html.escape("a<b>&\"c'd")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;d");
        Path html = dir.resolve("escaped.html");
        HtmlReport.write(html, new ReportContent("</title><script>alert(1)</script>", java.util.Map.of("k<", "v>"),
                List.of(), null, null, List.of(), java.util.Map.of("cmd", "a && b")));
        String other = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(other).contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>")
                .contains("<th>k&lt;</th><td>v&gt;</td>").contains("<td>a &amp;&amp; b</td>")
                .contains("Not evaluated.").contains("No videos were segmented.");
        assertThat(count(other, "<script>")).isEqualTo(1);
    }

    @Test
    void unmeasuredAndSkippedVideosShowDashes() throws IOException {
        ReportVideo skipped = ReportFixtures.video(dir, "done", 2, new VideoSummary("done", 2, 2, 0, 0, 0, 0, true));
        ReportVideo unmeasured = new ReportVideo("untimed", List.of(), skipped.results(), null);
        Path html = dir.resolve("r.html");
        HtmlReport.write(html, ReportFixtures.content(List.of(skipped, unmeasured)));
        String speed = between(Files.readString(html, StandardCharsets.UTF_8), "<section id=\"speed\">", "</section>");
        assertThat(speed).contains("<td class=\"text\">done</td><td>2</td><td>—</td>")
                .contains("<td class=\"text\">untimed</td><td>—</td><td>—</td>")
                .contains("<th class=\"text\">all videos</th><th>0</th><th>—</th>");
    }

    @Test
    void stripIndicesAreEvenlySpacedWithBothEnds() {
        assertThat(HtmlReport.stripIndices(0, 8)).isEmpty();
        assertThat(HtmlReport.stripIndices(1, 8)).containsExactly(0);
        assertThat(HtmlReport.stripIndices(5, 8)).containsExactly(0, 1, 2, 3, 4);
        assertThat(HtmlReport.stripIndices(9, 8)).containsExactly(0, 1, 2, 3, 5, 6, 7, 8);
        assertThat(HtmlReport.stripIndices(100, 4)).containsExactly(0, 33, 66, 99);
    }

    @Test
    void overlaysMustMatchTheFrames() {
        assertThatThrownBy(() -> new ReportVideo("v", List.of(dir.resolve("a.jpg")), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 overlay frames but 0 frame results");
    }

    private static String hex(java.awt.Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** The article that starts with {@code heading}. */
    private static String section(String page, String heading) {
        return between(page, heading, "</article>");
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        assertThat(a).as("'%s' in page", from).isGreaterThanOrEqualTo(0);
        int b = s.indexOf(to, a + from.length());
        assertThat(b).as("'%s' after '%s'", to, from).isGreaterThanOrEqualTo(0);
        return s.substring(a, b);
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> all(String s, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
