package org.srnet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.job.VideoSummary;

/** Renders the report in headless Debian Chromium; skipped only where {@code /usr/bin/chromium} is absent. */
class ChromiumReportTest {
    @TempDir
    Path dir;

    private Path html;

    @BeforeEach
    void writeReport() throws IOException {
        assumeTrue(Chromium.isAvailable(), "needs " + Chromium.EXECUTABLE);
        List<ReportVideo> videos = List.of(
                ReportFixtures.video(dir, "walk", 12, new VideoSummary("walk", 12, 3, 2, 30, 5, 3, false)),
                ReportFixtures.video(dir, "run", 5, new VideoSummary("run", 5, 2, 2, 31, 6, 2, false)));
        html = dir.resolve("report.html");
        HtmlReport.write(html, ReportFixtures.content(videos));
    }

    @Test
    void rendersWithAllImagesLoadedAndNoErrors() {
        String dom = Chromium.dumpDom(html);
        String body = dom.substring(dom.indexOf("<body"), dom.indexOf('>', dom.indexOf("<body")) + 1);
        // 8 strip frames of "walk" and all 5 of "run"
        assertThat(body).contains("data-images=\"13\"").contains("data-broken-images=\"0\"")
                .contains("data-check=\"ok\"").doesNotContain("data-errors");
        assertThat(dom).contains("<h3>walk</h3>").contains("<svg class=\"timeline\"");
    }

    @Test
    void theCheckSeesABrokenImage() throws IOException {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        int at = page.indexOf("data:image/jpeg;base64,") + "data:image/jpeg;base64,".length();
        // a JPEG that is not one: the browser cannot decode it
        String broken = page.substring(0, at) + "AAAA" + page.substring(page.indexOf('"', at));
        Path bad = dir.resolve("broken.html");
        Files.writeString(bad, broken, StandardCharsets.UTF_8);
        String dom = Chromium.dumpDom(bad);
        assertThat(dom).contains("data-broken-images=\"1\"").contains("data-check=\"failed\"")
                .contains("data-errors=\"cannot load img\"");
    }

    @Test
    void screenshotIsAPictureOfThePage() throws IOException {
        Path png = dir.resolve("shots/report.png");
        Chromium.screenshot(html, png, 1280, 2000);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1280);
        assertThat(img.getHeight()).isEqualTo(2000);
        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    nonWhite++;
                }
            }
        }
        // text, tables and the overlay frames: many colours and a good share of non-white pixels
        assertThat(colours.size()).isGreaterThan(500);
        assertThat(nonWhite).isGreaterThan(img.getWidth() * img.getHeight() / 16 / 10);
    }
}
