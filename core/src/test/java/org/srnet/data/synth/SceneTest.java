package org.srnet.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class SceneTest {
    @Test
    void theSplitsDrawDisjointFamilies() {
        Set<String> training = new TreeSet<>();
        Set<String> heldOut = new TreeSet<>();
        for (long seed = 0; seed < 40; seed++) {
            training.addAll(new Scene(64, 48, 6, seed, WorldSplit.TRAINING).families());
            heldOut.addAll(new Scene(64, 48, 6, seed, WorldSplit.HELD_OUT).families());
        }
        assertThat(training).doesNotContainAnyElementsOf(heldOut);
        // Variety: every training family of each kind shows up in 40 scenes.
        for (Texture t : Texture.TRAINING) {
            assertThat(training).contains("texture:" + t);
        }
        for (Palette p : Palette.TRAINING) {
            assertThat(training).contains("palette:" + p.name());
        }
        for (Background.Kind k : Background.TRAINING) {
            assertThat(training).contains("background:" + k);
        }
        for (Texture t : Texture.HELD_OUT) {
            assertThat(heldOut).contains("texture:" + t);
        }
        for (CameraPath.Kind k : CameraPath.HELD_OUT) {
            assertThat(heldOut).contains("camera:" + k);
        }
    }

    @Test
    void framesRenderIndependentlyAndRepeatably() {
        Scene a = new Scene(80, 48, 12, 7, WorldSplit.TRAINING);
        Scene b = new Scene(80, 48, 12, 7, WorldSplit.TRAINING);
        // Frame 9 alone equals frame 9 rendered after the others: a stream may render any two frames of a scene.
        for (int f = 0; f < 9; f++) {
            a.render(f);
        }
        Scene.Frame late = a.render(9);
        Scene.Frame direct = b.render(9);
        assertThat(late.image().data()).isEqualTo(direct.image().data());
        assertThat(late.objectAt()).isEqualTo(direct.objectAt());
    }

    @Test
    void silhouettesStayInsideTheUnitDiscAndAreNotEmpty() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (WorldSplit split : WorldSplit.values()) {
            for (ShapeFamily family : ShapeFamily.values()) {
                for (int n = 0; n < 5; n++) {
                    Silhouette s = family.sample(split, rnd);
                    int inside = 0;
                    for (int y = -60; y <= 60; y++) {
                        for (int x = -60; x <= 60; x++) {
                            double u = x / 50.0;
                            double v = y / 50.0;
                            if (s.contains(u, v)) {
                                inside++;
                                assertThat(u * u + v * v).as("%s %s", family, split).isLessThanOrEqualTo(1.0001);
                            }
                        }
                    }
                    // At least 5 % of the unit disc's area (about 7,850 samples), so no shape is a sliver.
                    assertThat(inside).as("%s %s", family, split).isGreaterThan(390);
                }
            }
        }
    }
}
