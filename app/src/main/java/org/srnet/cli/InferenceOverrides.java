package org.srnet.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** The {@code --set KEY=VALUE} option of the commands that segment ({@code segment}, {@code demo}). */
final class InferenceOverrides {
    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override an inference option of the model's method. srnet: inference.* (minScore, "
                    + "foregroundGate, masks, tracker, trackMemory, minTrackLength, ...: see the README), "
                    + "model.temporalFeatures, model.instanceHeatmap (Table 2 ablations at inference), inputWidth, "
                    + "inputHeight. frame-difference: threshold, history, minCells, minIou, maxInstances, cellSize.")
    List<String> values = new ArrayList<>();
}
