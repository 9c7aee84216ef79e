package org.srnet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.srnet.UserError;
import org.srnet.demo.Demo;
import org.srnet.eval.DavisResult;
import org.srnet.eval.IdentityCounts;
import org.srnet.eval.IdentityResult;
import org.srnet.job.SegmentVideos;
import org.srnet.method.Method;
import org.srnet.method.Methods;
import org.srnet.method.SegmentationModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code srnet demo}: a method end to end on built-in synthetic videos with its bundled model (SRNet by default). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a few synthetic videos, segment and track them online with a bundled model, "
                + "evaluate (DAVIS J&F, YouTube-VIS AP) and write overlays, DAVIS PNGs, results.json and report.html.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "demo-out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--model", paramLabel = "PATH", description = "A model directory of any method (default: the bundled model of --method).")
    Path modelPath;

    @Option(names = "--method", paramLabel = "NAME",
            description = "The method whose bundled model to run (default: " + Methods.DEFAULT + "; 'srnet methods' lists them).")
    String method;

    @Option(names = "--videos", defaultValue = "4", description = "Synthetic videos to generate (default: ${DEFAULT-VALUE}).")
    int videos;

    @Option(names = "--gen-videos", defaultValue = "2",
            description = "Videos from the held-out families only, scored apart (default: ${DEFAULT-VALUE}).")
    int generalisationVideos;

    @Option(names = "--frames", defaultValue = "24", description = "Frames per video (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--seed", defaultValue = "2026", description = "Seed of the demo videos (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    InferenceOverrides sets;

    @Override
    public Integer call() {
        Path model = modelPath != null ? modelPath : bundledModel();
        if (method != null && !Methods.methodOf(model).equals(method)) {
            throw UserError.inFile(model, "is a model of the method '" + Methods.methodOf(model) + "', not of '" + method + "'");
        }
        try (SegmentationModel m = Methods.load(model, sets.values)) {
            Demo.Outcome o = Demo.run(m, out, videos, generalisationVideos, frames, seed, Segmentation.printer());
            Segmentation.printTotal(o.videos(), out);
            DavisResult d = o.davis();
            System.out.printf("%nDAVIS unsupervised: J&F %.3f  J %.3f  F %.3f  (J-Recall %.3f, F-Recall %.3f)%n",
                    d.get("J&F-Mean"), d.get("J-Mean"), d.get("F-Mean"), d.get("J-Recall"), d.get("F-Recall"));
            if (o.ytvis() != null) {
                System.out.printf("YouTube-VIS: AP %.3f  AP50 %.3f  AP75 %.3f  AR10 %.3f%n", o.ytvis().stats().get("AP"),
                        o.ytvis().stats().get("AP50"), o.ytvis().stats().get("AP75"), o.ytvis().stats().get("AR10"));
            }
            printIdentity("DAVIS PNGs", d.identity().overall());
            if (o.ytvis() != null) {
                printIdentity("results.json", o.ytvis().identity().overall());
            }
            if (o.generalisationDavis() != null) {
                DavisResult g = o.generalisationDavis();
                System.out.printf("%nGeneralisation split (%d videos of held-out families): J&F %.3f  J %.3f  F %.3f%s%n",
                        generalisationVideos, g.get("J&F-Mean"), g.get("J-Mean"), g.get("F-Mean"),
                        o.generalisationYtvis() == null ? ""
                                : String.format(Locale.ROOT, "  YouTube-VIS AP %.3f", o.generalisationYtvis().stats().get("AP")));
                printIdentity("generalisation DAVIS PNGs", g.identity().overall());
            }
            System.out.printf("%ndemo finished in %.0f s. Look at:%n", o.wallSeconds());
            System.out.println("  " + out.resolve(Demo.REPORT) + "    the report: frames, track timelines, metrics, speed");
            System.out.println("  " + out.resolve(SegmentVideos.VIDEO_DIR) + "/      overlay videos (one per sequence)");
            System.out.println("  " + out.resolve(SegmentVideos.OVERLAY_DIR) + "/    overlay frames");
            System.out.println("  " + out.resolve(SegmentVideos.DAVIS_DIR) + "/       DAVIS submission PNGs");
            System.out.println("  " + out.resolve(SegmentVideos.RESULTS_JSON) + "   YouTube-VIS results");
        }
        return 0;
    }

    private static void printIdentity(String source, IdentityCounts c) {
        System.out.printf(Locale.ROOT, "Identity (%s, mask IoU >= %s): IDF1 %.3f  ID switches %d  tracks per object "
                + "%.2f  false instances per frame %.2f%n", source, IdentityResult.IOU_THRESHOLD, c.idf1(), c.switches(),
                c.tracksPerObject(), c.falsePerFrame());
    }

    /** The bundled model of {@code --method}, under the project root the launcher passes as srnet.home. */
    private Path bundledModel() {
        Method m = Methods.get(method != null ? method : Methods.DEFAULT);
        if (m.bundledModel() == null) {
            throw new UserError("the method '" + m.name() + "' ships no model; pass --model DIR");
        }
        Path home = Path.of(System.getProperty("srnet.home", "."));
        Path model = home.resolve(m.bundledModel());
        if (!Files.isDirectory(model)) {
            throw UserError.inFile(model, "the bundled model is missing; pass --model DIR (a folder written by 'srnet train')");
        }
        return model;
    }
}
