package org.srnet.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import org.srnet.UserError;
import org.srnet.job.SegmentListener;

/**
 * The main class for {@code spark-submit} (and {@code srnet spark-segment}):
 * {@code --model DIR --input PATH --out DIR [--format davis,ytvis,overlay,video] [--set key=value]... [--lenient]
 * [--master URL]}. Paths must name the same files on the driver and every executor. Exits 1 when a video failed
 * (each is named), 2 on a usage error.
 */
public final class SparkSegmentMain {
    private SparkSegmentMain() {}

    public static void main(String[] args) {
        SparkSegment.Settings settings;
        String master;
        try {
            Parsed p = parse(args);
            settings = p.settings();
            master = p.master();
        } catch (UserError e) {
            System.err.println("srnet spark-segment: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("srnet segment").set("spark.speculation", "false");
        if (master != null) {
            conf.setMaster(master);
        }
        int failed;
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            SparkSegment.Report report = SparkSegment.run(sc, settings, new SegmentListener() {
                @Override
                public void note(String message) {
                    System.err.println("note: " + message);
                }
            });
            for (SparkSegment.Outcome o : report.outcomes()) {
                System.out.println(o.failed() ? "FAILED " + o.video() + ": " + o.error()
                        : String.format("%s: %d frames, %d tracks, %.1f s", o.video(), o.frames(), o.tracks(), o.seconds()));
            }
            failed = report.failures().size();
            System.out.printf("%d video(s) segmented, %d skipped as done, %d failed; outputs in %s%n",
                    report.outcomes().size() - failed, report.skipped().size(), failed, settings.out());
        } catch (UserError e) {
            System.err.println("srnet spark-segment: " + e.getMessage());
            failed = 1;
        } finally {
            spark.stop();
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    record Parsed(SparkSegment.Settings settings, String master) {}

    static Parsed parse(String[] args) {
        String model = null;
        String input = null;
        String out = null;
        String format = "davis,ytvis,overlay,video";
        String master = null;
        boolean lenient = false;
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lenient")) {
                lenient = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new UserError("unknown option or missing value: " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--model" -> model = v;
                case "--input" -> input = v;
                case "--out" -> out = v;
                case "--format" -> format = v;
                case "--master" -> master = v;
                case "--set" -> sets.add(v);
                default -> throw new UserError("unknown option: " + a);
            }
        }
        if (model == null || input == null || out == null) {
            throw new UserError("usage: --model DIR --input PATH --out DIR [--format davis,ytvis,overlay,video] "
                    + "[--set key=value]... [--lenient] [--master URL]");
        }
        return new Parsed(new SparkSegment.Settings(model, sets, input, out, format, lenient), master);
    }
}
