package org.srnet.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.srnet.data.YtvisTrack;
import org.srnet.data.YtvisVideo;
import org.srnet.mask.LabelMap;
import org.srnet.mask.Rle;

/**
 * Identity figures on small hand-computed videos. Each video is a script, one line per frame:
 * {@code "AB | 1A 2B 4X"} means ground-truth objects A and B are present, predicted track 1 covers A exactly,
 * track 2 covers B and track 4 sits on X, a spot with no object. Every script is scored both as DAVIS label maps
 * (object A = label 1, B = label 2, track k = palette index k) and as YouTube-VIS masks (A and B are annotations
 * 1 and 2, track k is the video's k-th results entry), and both must give the figures worked out in the comments.
 */
class IdentityTest {
    private static final int SIZE = 12;
    /** Square {row, column, side} of each place: A and B hold the objects, X is empty background. */
    private static final Map<Character, int[]> PLACES = Map.of('A', new int[] {1, 1, 4}, 'B', new int[] {1, 7, 4},
            'X', new int[] {8, 0, 3});

    @Test
    void perfectTrack() {
        // 4 frames, track 1 = A everywhere. IDTP 4 of 4 + 4 instances: IDF1 = 2·4 / (4 + 4) = 1.
        // One track for the one object, no switch, no prediction outside an object.
        IdentityCounts c = score("perfect", "A | 1A", "A | 1A", "A | 1A", "A | 1A");
        assertFigures(c, 1.0, 0, 1.0, 0.0);
        assertThat(c.idtp()).isEqualTo(4);
    }

    @Test
    void oneIdentitySwitch() {
        // Track 1 follows A in frames 0–1, track 2 from frame 2 on: frame 2 pairs A with 2 while A's last match
        // was 1, one switch; A met 2 distinct tracks. Co-occurrence A·1 = 2, A·2 = 2; the trajectory assignment
        // keeps one of them: IDTP 2, IDFP 2, IDFN 2, IDF1 = 4 / (4 + 4) = 0.5. Nothing false per frame.
        IdentityCounts c = score("switch", "A | 1A", "A | 1A", "A | 2A", "A | 2A");
        assertFigures(c, 0.5, 1, 2.0, 0.0);
        assertThat(c.idfp()).isEqualTo(2);
        assertThat(c.idfn()).isEqualTo(2);
    }

    @Test
    void aMissedFrameKeepsTheIdentityButALaterChangeStillSwitches() {
        // 6 frames of A: track 1 at 0–1, nothing at 2, track 1 again at 3, then track 2 at 4–5. The return of
        // track 1 after the gap is no switch (its last match was 1); frame 4 is (1 → 2). Tracks {1, 2}.
        // Co-occurrence A·1 = 3, A·2 = 2: IDTP 3 over 6 GT and 5 predicted instances, IDF1 = 6/11.
        IdentityCounts c = score("gap", "A | 1A", "A | 1A", "A |", "A | 1A", "A | 2A", "A | 2A");
        assertFigures(c, 6.0 / 11, 1, 2.0, 0.0);
        assertThat(c.missedInstances()).isEqualTo(1);
    }

    @Test
    void fragmentedTrack() {
        // A over 6 frames split into three tracks: 1 at 0–1, a missed frame, 2 at 3–4, 3 at 5. Switches at
        // frame 3 (1 → 2) and frame 5 (2 → 3); 3 tracks for one object. Co-occurrence 2, 2, 1: IDTP 2 over
        // 6 GT and 5 predicted instances, IDF1 = 4/11.
        IdentityCounts c = score("fragment", "A | 1A", "A | 1A", "A |", "A | 2A", "A | 2A", "A | 3A");
        assertFigures(c, 4.0 / 11, 2, 3.0, 0.0);
    }

    @Test
    void phantomInstance() {
        // Track 1 = A in 4 frames; track 2 on empty background in frames 1 and 2: 2 false instances over
        // 4 frames = 0.5 per frame. IDTP 4 over 4 GT and 6 predicted instances: IDF1 = 8/10. The phantom touches
        // no object, so identity is otherwise perfect.
        IdentityCounts c = score("phantom", "A | 1A", "A | 1A 2X", "A | 1A 2X", "A | 1A");
        assertFigures(c, 0.8, 0, 1.0, 0.5);
        assertThat(c.idfp()).isEqualTo(2);
    }

    @Test
    void allTogether() {
        // A: track 1 at 0–2, track 3 at 3–5 (one switch, 2 tracks). B: track 2 except frame 2 (missed, same
        // identity after: 1 track). Track 4 is a phantom at frames 4–5.
        // GT instances 12; predicted 6 (A) + 5 (B) + 2 (phantom) = 13; per-frame matches 6 + 5 = 11, so
        // 13 − 11 = 2 false instances over 6 frames = 1/3 per frame. Switches 1. Tracks per matched object
        // (2 + 1) / 2 = 1.5. Co-occurrence A·1 = 3, A·3 = 3, B·2 = 5: IDTP 3 + 5 = 8, IDF1 = 16 / (12 + 13) = 0.64.
        IdentityCounts c = score("all", "AB | 1A 2B", "AB | 1A 2B", "AB | 1A", "AB | 3A 2B", "AB | 3A 2B 4X",
                "AB | 3A 2B 4X");
        assertFigures(c, 0.64, 1, 1.5, 1.0 / 3);
        assertThat(c.idtp()).isEqualTo(8);
        assertThat(c.objects()).isEqualTo(2);
    }

    @Test
    void perObjectDetailsNameTheTracksInTheirOrder() {
        VideoIdentity v = davis("all", "AB | 1A 2B", "AB | 1A 2B", "AB | 1A", "AB | 3A 2B", "AB | 3A 2B 4X",
                "AB | 3A 2B 4X");
        assertThat(v.objects()).containsExactly(new ObjectIdentity(1, 6, 6, List.of(1, 3), 1),
                new ObjectIdentity(2, 6, 5, List.of(2), 0));
        // The same in YouTube-VIS terms: annotation ids 1 and 2, tracks as indices of the video's entries.
        assertThat(ytvis("all", "AB | 1A 2B", "AB | 1A 2B", "AB | 1A", "AB | 3A 2B", "AB | 3A 2B 4X",
                "AB | 3A 2B 4X").objects()).containsExactly(new ObjectIdentity(1, 6, 6, List.of(0, 2), 1),
                new ObjectIdentity(2, 6, 5, List.of(1), 0));
    }

    @Test
    void swappedTracksAreTwoSwitches() {
        // Tracks 1 and 2 follow A and B, then trade places at frame 2: both objects switch. Co-occurrence
        // A·1 = B·2 = 2 and A·2 = B·1 = 2; IDTP 4 of 8 + 8 instances, IDF1 = 0.5.
        IdentityCounts c = score("swap", "AB | 1A 2B", "AB | 1A 2B", "AB | 2A 1B", "AB | 2A 1B");
        assertFigures(c, 0.5, 2, 2.0, 0.0);
    }

    @Test
    void anEstablishedMatchIsKeptOverABetterNewOne() {
        // Overlapping predictions (possible in YouTube-VIS): frame 0, track 0 has IoU 0.9 and track 1 IoU 0.6
        // with the object, so 0 is matched; frame 1 the IoUs trade places, but 0 still qualifies and is kept:
        // no switch, one track, and track 1 is the false instance of each frame.
        IdentityAccumulator acc = new IdentityAccumulator(1, 2);
        boolean[] one = {true};
        boolean[] both = {true, true};
        acc.frame(one, both, (o, h) -> h == 0 ? 0.9 : 0.6);
        acc.frame(one, both, (o, h) -> h == 0 ? 0.6 : 0.9);
        IdentityCounts c = acc.finish("keep", o -> o, h -> h).counts();
        assertFigures(c, 2.0 * 2 / (2 + 4), 0, 1.0, 1.0);
    }

    @Test
    void iouOfExactlyHalfMatchesAndJustBelowDoesNot() {
        IdentityAccumulator acc = new IdentityAccumulator(1, 1);
        acc.frame(new boolean[] {true}, new boolean[] {true}, (o, h) -> 0.5);
        acc.frame(new boolean[] {true}, new boolean[] {true}, (o, h) -> Math.nextDown(0.5));
        IdentityCounts c = acc.finish("edge", o -> o, h -> h).counts();
        assertThat(c.matches()).isEqualTo(1);
        assertThat(c.idtp()).isEqualTo(1);
    }

    @Test
    void poolingAddsCountsInsteadOfAveragingVideos() {
        // Perfect (IDTP 4 of 4 + 4) and phantom (IDTP 4 of 4 + 6): pooled IDF1 = 16 / 18, not the mean of 1 and 0.8.
        IdentityResult r = IdentityResult.of(List.of(davis("perfect", "A | 1A", "A | 1A", "A | 1A", "A | 1A"),
                davis("phantom", "A | 1A", "A | 1A 2X", "A | 1A 2X", "A | 1A")));
        assertThat(r.overall().idf1()).isCloseTo(16.0 / 18, within(1e-15));
        assertThat(r.overall().falsePerFrame()).isEqualTo(2.0 / 8);
        assertThat(r.videos()).extracting(VideoIdentity::video).containsExactly("perfect", "phantom");
    }

    @Test
    void nothingToCountIsUndefinedNotPerfect() {
        IdentityCounts c = score("empty", "A |", "A |");
        assertThat(c.idf1()).isEqualTo(0.0);
        assertThat(c.tracksPerObject()).isNaN();
        assertThat(IdentityCounts.ZERO.idf1()).isNaN();
    }

    /** Scores the script both ways, checks they agree, and returns the counts. */
    private static IdentityCounts score(String name, String... frames) {
        IdentityCounts d = davis(name, frames).counts();
        assertThat(ytvis(name, frames).counts()).as("YouTube-VIS figures of %s", name).isEqualTo(d);
        return d;
    }

    private static void assertFigures(IdentityCounts c, double idf1, long switches, double tracksPerObject,
            double falsePerFrame) {
        assertThat(c.idf1()).as("IDF1").isCloseTo(idf1, within(1e-15));
        assertThat(c.switches()).as("ID switches").isEqualTo(switches);
        assertThat(c.tracksPerObject()).as("tracks per object").isCloseTo(tracksPerObject, within(1e-15));
        assertThat(c.falsePerFrame()).as("false instances per frame").isCloseTo(falsePerFrame, within(1e-15));
    }

    private static VideoIdentity davis(String name, String... frames) {
        List<LabelMap> gt = new ArrayList<>();
        List<LabelMap> pred = new ArrayList<>();
        for (String f : frames) {
            Frame p = Frame.parse(f);
            gt.add(paint(p.objects()));
            pred.add(paint(p.tracks()));
        }
        return DavisSequenceScorer.score(new DavisEvaluatorTest.Memory(name, gt, pred)).identity();
    }

    private static VideoIdentity ytvis(String name, String... frames) {
        Map<Integer, List<Rle>> objects = new TreeMap<>();
        Map<Integer, List<Rle>> tracks = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        for (int t = 0; t < frames.length; t++) {
            Frame p = Frame.parse(frames[t]);
            files.add(Path.of(name, t + ".jpg"));
            p.objects().forEach((id, place) -> objects.computeIfAbsent(id, k -> new ArrayList<>()));
            p.tracks().forEach((id, place) -> tracks.computeIfAbsent(id, k -> new ArrayList<>()));
        }
        for (String f : frames) {
            Frame p = Frame.parse(f);
            objects.forEach((id, masks) -> masks.add(rle(p.objects().get(id))));
            tracks.forEach((id, masks) -> masks.add(rle(p.tracks().get(id))));
        }
        List<YtvisTrack> gt = new ArrayList<>();
        objects.forEach((id, masks) -> gt.add(YtvisEvaluatorTest.track(id, 1, false, masks.toArray(new Rle[0]))));
        YtvisVideo video = new YtvisVideo(7, name, SIZE, SIZE, files, gt);
        List<YtvisDetection> dets = new ArrayList<>();
        tracks.forEach((id, masks) -> dets.add(new YtvisDetection(7, 1, 0.5, masks)));
        YtvisEvaluator e = new YtvisEvaluator(List.of(1));
        e.process(video, dets);
        return e.evaluate().identity().videos().get(0);
    }

    /** One script line: object label → place, track id → place. */
    private record Frame(Map<Integer, Character> objects, Map<Integer, Character> tracks) {
        static Frame parse(String line) {
            String[] halves = line.split("\\|", -1);
            Map<Integer, Character> objects = new TreeMap<>();
            for (char c : halves[0].trim().toCharArray()) {
                objects.put(c - 'A' + 1, c);
            }
            Map<Integer, Character> tracks = new TreeMap<>();
            for (String token : halves[1].trim().split("\\s+")) {
                if (!token.isEmpty()) {
                    tracks.put(Integer.parseInt(token.substring(0, token.length() - 1)),
                            token.charAt(token.length() - 1));
                }
            }
            return new Frame(objects, tracks);
        }
    }

    private static LabelMap paint(Map<Integer, Character> labels) {
        byte[] m = new byte[SIZE * SIZE];
        labels.forEach((label, place) -> fill(m, place, label.byteValue()));
        return new LabelMap(SIZE, SIZE, m);
    }

    private static Rle rle(Character place) {
        if (place == null) {
            return null;
        }
        byte[] m = new byte[SIZE * SIZE];
        fill(m, place, (byte) 1);
        return Rle.encode(m, SIZE, SIZE);
    }

    private static void fill(byte[] m, char place, byte value) {
        int[] s = PLACES.get(place);
        for (int y = s[0]; y < s[0] + s[2]; y++) {
            for (int x = s[1]; x < s[1] + s[2]; x++) {
                m[y * SIZE + x] = value;
            }
        }
    }
}
