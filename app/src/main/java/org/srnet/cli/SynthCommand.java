package org.srnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.srnet.UserError;
import org.srnet.data.synth.SynthDataset;
import org.srnet.data.synth.SynthOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet synth}: writes the built-in synthetic video benchmark (DAVIS layout and YouTube-VIS JSON). */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {
            "Generate the synthetic video instance segmentation benchmark: objects of five",
            "open-ended shape categories that move among static look-alikes drawn from the",
            "same shapes, textures and colours, under a moving camera, with occlusions,",
            "thin occluders, pauses, light changes, blur and noise. Train and val draw the",
            "training families; the generalisation split (gen) only held-out ones.",
            "DIR becomes a data root: a DAVIS layout (JPEGImages/480p,",
            "Annotations_unsupervised/480p, Annotations/480p, ImageSets/2017|2019) plus",
            "ytvis/train.json, ytvis/val.json and ytvis/gen.json, whose file_names are relative to",
            "DIR/JPEGImages/480p."})
public final class SynthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (empty, new, or an earlier synth output).")
    Path out;

    @Option(names = "--videos", paramLabel = "N", defaultValue = "48", description = "Number of videos (default: ${DEFAULT-VALUE}).")
    int videos;

    @Option(names = "--frames", paramLabel = "T", defaultValue = "24", description = "Frames per video (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "320x192", description = "Frame size (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed; same seed, same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--val-fraction", paramLabel = "F", defaultValue = "0.25",
            description = "Fraction of videos in the val split (default: ${DEFAULT-VALUE}).")
    double valFraction;

    @Option(names = "--gen-videos", paramLabel = "N", defaultValue = "12",
            description = "Videos of the generalisation split, from held-out families only (default: ${DEFAULT-VALUE}).")
    int generalisationVideos;

    @Override
    public Integer call() {
        SynthOptions options;
        try {
            int[] wh = parseSize(size);
            options = new SynthOptions(videos, frames, wh[0], wh[1], seed, valFraction, generalisationVideos);
        } catch (IllegalArgumentException e) {
            throw new UserError("synth: " + e.getMessage());
        }
        SynthDataset.Summary s = SynthDataset.write(out, options);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("wrote %d train + %d val + %d generalisation videos (%d frames, %d objects) of %dx%d to %s%n", s.trainVideos(),
                s.valVideos(), s.generalisationVideos(), s.frames(), s.objects(), options.width(), options.height(), out);
        w.flush();
        return 0;
    }

    /** Parses "WxH"; throws IllegalArgumentException naming the option. */
    static int[] parseSize(String text) {
        String[] parts = text.toLowerCase().split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("--size must be WIDTHxHEIGHT, e.g. 320x192, got '" + text + "'");
        }
        try {
            return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--size must be WIDTHxHEIGHT, e.g. 320x192, got '" + text + "'");
        }
    }
}
