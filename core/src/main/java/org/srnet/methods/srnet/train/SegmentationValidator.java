package org.srnet.methods.srnet.train;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.srnet.eval.DavisEvaluator;
import org.srnet.eval.DavisResult;
import org.srnet.job.OutputFormat;
import org.srnet.job.SegmentVideos;
import org.srnet.methods.srnet.SrNetInference;
import org.srnet.methods.srnet.infer.InferenceOptions;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.train.Validator;
import org.srnet.util.FileTrees;
import org.srnet.video.DavisSources;

/**
 * Validation during training as a user would score the model: {@code srnet segment} of a DAVIS-layout root's sets
 * (an {@code srnet synth} folder is one) and the DAVIS J&amp;F of the written PNGs. The first set's J&amp;F picks the
 * best model; the others (the generalisation split, say) are only reported, so selection never looks at them.
 */
public final class SegmentationValidator implements Validator<SrNetModel> {
    private final Path root;
    private final List<String> sets;
    private final Path scratch;
    private final InferenceOptions inference;

    /**
     * @param root a DAVIS-layout root with {@code ImageSets/2017/<set>.txt}
     * @param sets the sets to score, the selecting one first
     * @param scratch a folder for the predictions, emptied after each validation
     * @param inference the post-processing to validate with: the run's own ({@code --set inference.…}), since a model in
     *                  training has no tuned values yet and Algorithm 1's defaults can find nothing in a young model
     */
    public SegmentationValidator(Path root, List<String> sets, Path scratch, InferenceOptions inference) {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("no validation set");
        }
        this.root = root;
        this.sets = List.copyOf(sets);
        this.scratch = scratch;
        this.inference = inference;
    }

    @Override
    public Map<String, Double> validate(SrNetModel model) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String set : sets) {
            Path out = scratch.resolve(set);
            FileTrees.deleteTree(out);
            SegmenterOptions options = SegmenterOptions.forModel(model);
            SrNetInference validated = new SrNetInference(model, new SegmenterOptions(inference, options.model(),
                    options.inputWidth(), options.inputHeight()), false);
            new SegmentVideos(validated, Set.of(OutputFormat.DAVIS), out).run(DavisSources.open(root, set));
            DavisResult r = DavisEvaluator.evaluate(root, out.resolve(SegmentVideos.DAVIS_DIR), set);
            double jf = r.global().get("J&F-Mean");
            if (scores.isEmpty()) {
                scores.put(SCORE, jf);
            }
            scores.put(set + " J&F", jf);
            FileTrees.deleteTree(out);
        }
        return scores;
    }
}
