package org.srnet.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.srnet.mask.Rle;

/** The shortcut of YouTube-VIS identity matching: bounding boxes read off the runs, and IoU skipped only when hopeless. */
class YtvisIdentityTest {

    @Test
    void boxesHoldTheMaskAndIouIsExactWheneverItCanMatch() {
        Random rnd = new Random(12);
        int near = 0;
        for (int trial = 0; trial < 400; trial++) {
            int h = 3 + rnd.nextInt(20);
            int w = 3 + rnd.nextInt(20);
            byte[] a = blob(rnd, h, w);
            byte[] b = rnd.nextBoolean() ? jitter(rnd, a, h, w) : blob(rnd, h, w);
            Rle ra = Rle.encode(a, h, w);
            Rle rb = Rle.encode(b, h, w);
            YtvisIdentity.Extent ea = YtvisIdentity.Extent.of(ra, true);
            YtvisIdentity.Extent eb = YtvisIdentity.Extent.of(rb, true);
            checkBox(ea, a, h, w);
            checkBox(eb, b, h, w);
            if (ea == null || eb == null) {
                continue;
            }
            long inter = Rle.intersection(ra, rb);
            double exact = (double) inter / (ra.area() + rb.area() - inter);
            double fast = YtvisIdentity.Extent.iou(ea, eb);
            if (exact >= IdentityResult.IOU_THRESHOLD) {
                assertThat(fast).as("trial %d", trial).isEqualTo(exact);
                near++;
            } else {
                assertThat(fast).as("trial %d", trial).isLessThan(IdentityResult.IOU_THRESHOLD);
            }
        }
        // Enough pairs on the matching side for the check to mean something.
        assertThat(near).isGreaterThan(50);
    }

    @Test
    void aMaskOfAnotherSizeMatchesNothing() {
        byte[] m = new byte[16];
        java.util.Arrays.fill(m, (byte) 1);
        YtvisIdentity.Extent video = YtvisIdentity.Extent.of(Rle.encode(m, 4, 4), true);
        YtvisIdentity.Extent other = YtvisIdentity.Extent.of(Rle.encode(m, 4, 4), false);
        assertThat(YtvisIdentity.Extent.iou(video, video)).isEqualTo(1.0);
        assertThat(YtvisIdentity.Extent.iou(video, other)).isZero();
    }

    /** The box must contain every foreground pixel and its columns must be exact; an empty mask has no extent. */
    private static void checkBox(YtvisIdentity.Extent e, byte[] m, int h, int w) {
        int x0 = w;
        int x1 = -1;
        long area = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (m[y * w + x] != 0) {
                    area++;
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    assertThat(y).isBetween(e.y0(), e.y1());
                }
            }
        }
        if (area == 0) {
            assertThat(e).isNull();
            return;
        }
        assertThat(e.area()).isEqualTo(area);
        assertThat(new int[] {e.x0(), e.x1()}).containsExactly(x0, x1);
    }

    /** One or two rectangles, some spanning whole columns so that runs cross from one column to the next. */
    private static byte[] blob(Random rnd, int h, int w) {
        byte[] m = new byte[h * w];
        for (int k = 0; k < 1 + rnd.nextInt(2); k++) {
            int y0 = rnd.nextInt(h);
            int x0 = rnd.nextInt(w);
            int y1 = rnd.nextInt(4) == 0 ? h - 1 : y0 + rnd.nextInt(h - y0);
            if (y1 == h - 1 && rnd.nextBoolean()) {
                y0 = 0;
            }
            int x1 = x0 + rnd.nextInt(w - x0);
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    m[y * w + x] = 1;
                }
            }
        }
        return m;
    }

    /** {@code m} with a few pixels flipped, so IoU lands on both sides of the threshold. */
    private static byte[] jitter(Random rnd, byte[] m, int h, int w) {
        byte[] out = m.clone();
        for (int k = 0; k < 1 + rnd.nextInt(h * w / 3 + 1); k++) {
            int i = rnd.nextInt(h * w);
            out[i] = (byte) (1 - out[i]);
        }
        return out;
    }
}
