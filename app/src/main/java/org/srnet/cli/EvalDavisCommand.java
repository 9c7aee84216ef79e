package org.srnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.srnet.eval.DavisEvaluator;
import org.srnet.eval.DavisFolders;
import org.srnet.eval.DavisMatchedObject;
import org.srnet.eval.DavisObjectRow;
import org.srnet.eval.DavisResult;
import org.srnet.eval.DavisSequence;
import org.srnet.eval.DavisSequenceResult;
import org.srnet.eval.DavisStatistics;
import org.srnet.util.Progress;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srnet eval davis}: DAVIS-2017/2019 unsupervised J&amp;F, as the official tool prints it. */
@Command(name = "davis", mixinStandardHelpOptions = true,
        description = {"DAVIS-2017/2019 unsupervised evaluation (J&F with Hungarian matching of up to 20 proposals).",
            "Unlike the official tool, which prints a message and exits 0, more than 20 proposals, a missing "
                + "prediction frame or a size mismatch is an error (exit code 1)."})
public final class EvalDavisCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gt", required = true, paramLabel = "ROOT",
            description = "DAVIS root (ImageSets/, Annotations_unsupervised/480p/ or Annotations/480p/).")
    Path gt;

    @Option(names = "--pred", required = true, paramLabel = "DIR",
            description = "Results folder: <DIR>/<sequence>/<frame>.png palette PNGs of proposal ids.")
    Path pred;

    @Option(names = "--set", defaultValue = "val", paramLabel = "SET",
            description = "Sequence list ImageSets/<year>/<SET>.txt (default: ${DEFAULT-VALUE}).")
    String set;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the numbers as JSON (full precision).")
    Path json;

    @Option(names = "--jobs", paramLabel = "N", description = "Sequences evaluated in parallel (default: cores).")
    Integer jobs;

    @Override
    public Integer call() {
        EvalJson.requireWritable(json);
        int n = jobs == null ? EvalCommand.defaultJobs() : jobs;
        EvalCommand.requirePositive(spec, "--jobs", n);
        List<DavisSequence> sequences = new DavisFolders(gt, pred).sequences(set);
        DavisResult r;
        try (ProgressBar bar = Progress.bar("eval davis", sequences.size(), "seq")) {
            r = DavisEvaluator.evaluate(sequences, n, bar::step);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("--------------------------- Global results for %s ---------------------------%n", set);
        StringBuilder head = new StringBuilder();
        StringBuilder vals = new StringBuilder();
        for (String m : DavisResult.MEASURES) {
            int w = Math.max(m.length(), 9);
            head.append(' ').append(String.format("%" + w + "s", m));
            vals.append(' ').append(String.format("%" + w + ".6f", r.get(m)));
        }
        out.println(head);
        out.println(vals);
        out.printf("%n---------- Per sequence results for %s ----------%n", set);
        int nameWidth = 8;
        for (DavisObjectRow row : r.perObject()) {
            nameWidth = Math.max(nameWidth, row.name().length());
        }
        out.printf(" %" + nameWidth + "s    J-Mean    F-Mean%n", "Sequence");
        for (DavisObjectRow row : r.perObject()) {
            out.printf(" %" + nameWidth + "s  %8.6f  %8.6f%n", row.name(), row.j().mean(), row.f().mean());
        }
        IdentityTable.print(out, "Identity for " + set + " (not in the official tool)", "Sequence", r.identity());
        if (json != null) {
            EvalJson.write(json, toJson(r));
        }
        return 0;
    }

    static ObjectNode toJson(DavisResult r) {
        ObjectNode root = EvalJson.MAPPER.createObjectNode();
        ObjectNode g = root.putObject("global");
        r.global().forEach((k, v) -> EvalJson.put(g, k, v));
        ArrayNode rows = root.putArray("per_object");
        for (DavisObjectRow row : r.perObject()) {
            ObjectNode o = rows.addObject();
            o.put("Sequence", row.name());
            o.put("sequence", row.sequence());
            o.put("proposal", row.proposal());
            o.put("object", row.object());
            stats(o, "J", row.j());
            stats(o, "F", row.f());
        }
        IdentityJson.put(root, r.identity());
        ObjectNode diag = root.putObject("diagnostics");
        for (DavisSequenceResult s : r.sequences()) {
            ObjectNode d = diag.putObject(s.name());
            d.put("objects", s.objects());
            d.put("proposals", s.proposals());
            ArrayNode ids = d.putArray("frames");
            s.frameIds().forEach(ids::add);
            ArrayNode pairs = d.putArray("matched_pairs_in_official_order");
            for (DavisMatchedObject m : s.matches()) {
                ObjectNode p = pairs.addObject();
                p.put("proposal", m.proposal());
                p.put("object", m.object());
                ArrayNode j = p.putArray("J");
                for (double v : m.j()) {
                    j.add(v);
                }
                ArrayNode f = p.putArray("F");
                for (double v : m.f()) {
                    f.add(v);
                }
            }
        }
        return root;
    }

    private static void stats(ObjectNode o, String measure, DavisStatistics s) {
        EvalJson.put(o, measure + "-Mean", s.mean());
        EvalJson.put(o, measure + "-Recall", s.recall());
        EvalJson.put(o, measure + "-Decay", s.decay());
    }
}
