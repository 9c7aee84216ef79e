package org.srnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.srnet.eval.YtvisEvaluator;
import org.srnet.eval.YtvisResult;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet eval ytvis}: YouTube-VIS 2019/2021 video AP/AR, printed as the official {@code summarize()}. */
@Command(name = "ytvis", mixinStandardHelpOptions = true,
        description = {"YouTube-VIS 2019/2021 evaluation (video mask AP/AR).",
            "Unlike the official tool: uncompressed RLE in results is accepted, an empty results list gives zeros, "
                + "and a video_id not in the ground truth is an error naming the entry."})
public final class EvalYtvisCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gt", required = true, paramLabel = "GT.json", description = "YouTube-VIS annotation file.")
    Path gt;

    @Option(names = "--pred", required = true, paramLabel = "RESULTS.json",
            description = "Results: a list of {video_id, category_id, score, segmentations}.")
    Path pred;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the numbers as JSON (full precision).")
    Path json;

    @Override
    public Integer call() {
        EvalJson.requireWritable(json);
        YtvisResult r = YtvisEvaluator.evaluate(gt, pred);
        PrintWriter err = spec.commandLine().getErr();
        for (String w : r.warnings()) {
            err.println("srnet: warning: " + w);
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        r.summaryLines().forEach(out::println);
        IdentityTable.print(out, "Identity (not in the official tool; every results entry is a track)", "Video",
                r.identity());
        if (json != null) {
            ObjectNode root = EvalJson.MAPPER.createObjectNode();
            ObjectNode stats = root.putObject("stats");
            r.stats().forEach((k, v) -> EvalJson.put(stats, k, v));
            ObjectNode perCat = root.putObject("per_category_ap");
            r.perCategoryAp().forEach((k, v) -> EvalJson.put(perCat, Integer.toString(k), v));
            IdentityJson.put(root, r.identity());
            EvalJson.write(json, root);
        }
        return 0;
    }
}
