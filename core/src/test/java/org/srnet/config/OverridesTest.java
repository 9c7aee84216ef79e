package org.srnet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.srnet.UserError;
import org.srnet.methods.srnet.config.Presets;
import org.srnet.methods.srnet.config.SrNetConfig;
import org.srnet.methods.srnet.loss.LossConfig;

class OverridesTest {

    @Test
    void everyTableTwoAblationIsASwitch() {
        SrNetConfig c = Overrides.apply(Presets.get("paper-r50"), List.of(
                "model.temporalFeatures=false", "model.instanceHeatmap=false", "model.extraDims=0", "loss.iou=DICE",
                "train.iterations=1_000", "train.baseLr=0.01", "data.staticPairs=false", "inference.minScore=0.5"));
        assertThat(c.model().temporalFeatures()).isFalse();
        assertThat(c.model().instanceHeatmap()).isFalse();
        assertThat(c.model().extraDims()).isZero();
        assertThat(c.loss().iou()).isEqualTo(LossConfig.IouLoss.DICE);
        assertThat(c.train().iterations()).isEqualTo(1000);
        assertThat(c.train().baseLr()).isEqualTo(0.01);
        assertThat(c.model().backbone()).isEqualTo(50);
        assertThat(c.data().staticPairs()).isFalse();
        assertThat(c.inference().minScore()).isEqualTo(0.5);
    }

    @Test
    void badOverridesAreClearErrors() {
        SrNetConfig base = Presets.get("cpu-small");
        assertThatThrownBy(() -> Overrides.apply(base, List.of("train.iters=3"))).isInstanceOf(UserError.class)
                .hasMessageContaining("unknown key").hasMessageContaining("train.iterations");
        assertThatThrownBy(() -> Overrides.apply(base, List.of("train.iterations=many"))).isInstanceOf(UserError.class)
                .hasMessageContaining("'many'");
        assertThatThrownBy(() -> Overrides.apply(base, List.of("model.backbone=19"))).isInstanceOf(UserError.class)
                .hasMessageContaining("18, 34, 50 or 101");
        assertThatThrownBy(() -> Overrides.apply(base, List.of("loss.iou=JACCARD"))).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> Overrides.apply(base, List.of("novalue"))).hasMessageContaining("key=value");
        assertThatThrownBy(() -> Presets.get("paper-r152")).hasMessageContaining("cpu-small");
    }
}
