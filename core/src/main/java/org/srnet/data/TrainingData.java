package org.srnet.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.srnet.UserError;
import org.srnet.data.synth.SynthDataset;

/**
 * The entry point of training data: detects each path's format, reads it, and returns a {@link PairSource}
 * mixing them.
 *
 * <p>Recognised paths:
 * <ul>
 *   <li>{@code synth-stream}: the synthetic world generated on the fly, an endless stream of video pairs from the
 *       training families ({@link SynthStreamCorpus});</li>
 *   <li>an {@code srnet synth} folder (it has {@code synth.json}): its {@code ytvis/<split>.json} with the
 *       frames under {@code JPEGImages/480p} (categories = the shape families);</li>
 *   <li>a DAVIS root (it has {@code JPEGImages/480p}): the sequences of {@code ImageSets/<year>/<split>.txt},
 *       their annotated frames, no categories, void = ignored;</li>
 *   <li>a YouTube-VIS JSON (top level has {@code "videos"}): frames under the path's image root, or else the
 *       first of {@code <dir>/JPEGImages}, {@code <dir>/<name>/JPEGImages}, {@code <dir>} that holds the first
 *       video's first frame;</li>
 *   <li>a COCO instances JSON (top level has {@code "images"}): images under the path's image root, or else the
 *       first of {@code <dir>/../<name>}, {@code <dir>/<name>}, {@code <dir>/images}, {@code <dir>} that holds
 *       the first image (the name with any {@code instances_} prefix removed, e.g. {@code train2017}). Still
 *       images only ever give synthesized pairs.</li>
 * </ul>
 *
 * <p>Categories: with {@link DataOptions#classAgnostic()} every instance is category 1 and there is no category
 * list. Otherwise the list is that of the first path (in order) that has categories; other data sets' categories
 * map onto it by name, and instances whose category is not in it (or whose data set has none, like DAVIS) get
 * category 0. Without any categorised data every instance is category 1.
 */
public final class TrainingData {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingData.class);

    private TrainingData() {}

    /**
     * Opens the paths and builds a sampler mixing them by {@link DataOptions#weights()} (equal by default).
     *
     * @throws UserError for an unrecognised or malformed path, or when the options leave nothing to sample
     */
    public static PairSource open(List<Path> paths, DataOptions options) {
        List<Source> sources = read(paths, options);
        List<String> categories = categoryNames(sources, options);
        List<Corpus> corpora = new ArrayList<>();
        for (Source s : sources) {
            corpora.add(s.corpus(categories, options));
        }
        List<Double> weights = options.weights().isEmpty()
                ? java.util.Collections.nCopies(paths.size(), 1.0) : options.weights();
        MixedPairSource source = new MixedPairSource(corpora, weights, options);
        if (!source.hasFrames() && !source.hasVideos()) {
            throw new UserError("training data " + paths + ": no annotated frames to sample (or every weight is 0)");
        }
        if (!source.hasVideos() && !options.staticPairs()) {
            throw new UserError("training data " + paths + ": no video with two annotated frames, and synthesized pairs are"
                    + " switched off: nothing to sample");
        }
        return source;
    }

    /** Category names (index 1..C) of the opened data; empty for class-agnostic data. */
    public static List<String> categories(List<Path> paths, DataOptions options) {
        if (options.classAgnostic()) {
            return List.of();
        }
        return categoryNames(read(paths, options), options);
    }

    /** The data set formats {@link #open} recognises. */
    public enum Format {
        /** A folder written by {@code srnet synth}. */
        SYNTH,
        /** A DAVIS 2017/2019 root. */
        DAVIS,
        /** A YouTube-VIS 2019/2021 JSON. */
        YTVIS,
        /** A COCO instances JSON. */
        COCO
    }

    /** Detects the format of a path, or fails with a message listing what is accepted. */
    public static Format detect(Path path) {
        if (Files.isDirectory(path)) {
            if (SynthDataset.isSynthRoot(path)) {
                return Format.SYNTH;
            }
            if (DavisDataset.isDavisRoot(path)) {
                return Format.DAVIS;
            }
            throw UserError.inFile(path, "unrecognised data folder: expected an srnet synth folder (synth.json) or a DAVIS"
                    + " root (JPEGImages/480p)");
        }
        if (!Files.exists(path)) {
            throw UserError.inFile(path, "training data not found");
        }
        java.util.Set<String> keys = DataFiles.topLevelKeys(path);
        if (keys.contains("videos")) {
            return Format.YTVIS;
        }
        if (keys.contains("images")) {
            return Format.COCO;
        }
        throw UserError.inFile(path, "unrecognised JSON: expected YouTube-VIS (\"videos\") or COCO instances (\"images\")");
    }

    /** One opened path: its data set and how to turn it into a corpus once the category list is known. */
    private interface Source {
        List<Category> categories();

        Corpus corpus(List<String> trainingCategories, DataOptions options);
    }

    private static List<Source> read(List<Path> paths, DataOptions options) {
        if (paths.isEmpty()) {
            throw new UserError("no training data given");
        }
        if (!options.weights().isEmpty() && options.weights().size() != paths.size()) {
            throw new UserError("training data: " + options.weights().size() + " weights given for " + paths.size() + " paths");
        }
        if (!options.imageRoots().isEmpty() && options.imageRoots().size() != paths.size()) {
            throw new UserError("training data: " + options.imageRoots().size() + " image roots given for " + paths.size() + " paths");
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Path p = paths.get(i);
            Path imageRoot = options.imageRoots().isEmpty() ? null : options.imageRoots().get(i);
            sources.add(readOne(p, imageRoot, options));
        }
        return sources;
    }

    private static Source readOne(Path path, Path imageRoot, DataOptions options) {
        if (path.toString().equals(SynthStreamCorpus.NAME) && !Files.exists(path)) {
            return new Source() {
                @Override
                public List<Category> categories() {
                    return SynthStreamCorpus.categoryList();
                }

                @Override
                public Corpus corpus(List<String> names, DataOptions o) {
                    return new SynthStreamCorpus(o.width(), o.height(), names, names.isEmpty() || o.classAgnostic() ? 1 : 0);
                }
            };
        }
        if (Files.isDirectory(path)) {
            Format f = detect(path);
            if (f == Format.SYNTH) {
                Path json = SynthDataset.ytvisJson(path, options.split());
                if (!Files.isRegularFile(json)) {
                    throw UserError.inFile(json, "synth folder has no split '" + options.split() + "'");
                }
                return ytvisSource(YtvisDataset.open(json, SynthDataset.framesRoot(path), options.lenient()));
            }
            DavisDataset davis = DavisDataset.open(path, options.split());
            return new Source() {
                @Override
                public List<Category> categories() {
                    return List.of();
                }

                @Override
                public Corpus corpus(List<String> names, DataOptions o) {
                    return new DavisCorpus(davis, names.isEmpty() || o.classAgnostic() ? 1 : 0);
                }
            };
        }
        Format f = detect(path);
        if (f == Format.YTVIS) {
            YtvisDataset ds = YtvisDataset.open(path, null, options.lenient());
            Path frames = imageRoot != null ? imageRoot
                    : ds.videos().isEmpty() ? path.toAbsolutePath().getParent()
                    : findRoot(path, ds.videos().get(0).frames().get(0), ytvisCandidates(path));
            return ytvisSource(ds.rooted(frames, options.lenient()));
        }
        CocoDataset unrooted = CocoDataset.open(path, null, options.lenient());
        Path images = imageRoot != null ? imageRoot
                : unrooted.images().isEmpty() ? path.toAbsolutePath().getParent()
                : findRoot(path, unrooted.images().get(0).file(), cocoCandidates(path));
        CocoDataset coco = unrooted.rooted(path, images, options.lenient());
        reportSkipped(path, coco.skipped());
        return new Source() {
            @Override
            public List<Category> categories() {
                return coco.categories();
            }

            @Override
            public Corpus corpus(List<String> names, DataOptions o) {
                return AnnotationCorpus.coco(path, coco, index(coco.categories(), names), names.isEmpty() || o.classAgnostic() ? 1 : 0);
            }
        };
    }

    private static Source ytvisSource(YtvisDataset ds) {
        reportSkipped(ds.json(), ds.skipped());
        return new Source() {
            @Override
            public List<Category> categories() {
                return ds.categories();
            }

            @Override
            public Corpus corpus(List<String> names, DataOptions o) {
                return AnnotationCorpus.ytvis(ds, index(ds.categories(), names), names.isEmpty() || o.classAgnostic() ? 1 : 0);
            }
        };
    }

    private static void reportSkipped(Path file, int skipped) {
        if (skipped > 0) {
            LOG.warn("{}: lenient loading skipped {} malformed entries", file, skipped);
        }
    }

    /** Data set category id → training index (1-based), by name; class-agnostic data maps nothing. */
    private static Map<Integer, Integer> index(List<Category> own, List<String> names) {
        Map<Integer, Integer> m = new HashMap<>();
        for (Category c : own) {
            int i = names.indexOf(c.name());
            if (i >= 0) {
                m.put(c.id(), i + 1);
            }
        }
        return m;
    }

    private static List<String> categoryNames(List<Source> sources, DataOptions options) {
        if (options.classAgnostic()) {
            return List.of();
        }
        for (Source s : sources) {
            if (!s.categories().isEmpty()) {
                return s.categories().stream().map(Category::name).toList();
            }
        }
        return List.of();
    }

    private static List<Path> ytvisCandidates(Path json) {
        Path dir = json.toAbsolutePath().getParent();
        String stem = stem(json);
        return List.of(dir.resolve("JPEGImages"), dir.resolve(stem).resolve("JPEGImages"), dir);
    }

    private static List<Path> cocoCandidates(Path json) {
        Path dir = json.toAbsolutePath().getParent();
        String name = stem(json).replaceFirst("^instances_", "");
        List<Path> c = new ArrayList<>();
        if (dir.getParent() != null) {
            c.add(dir.getParent().resolve(name));
        }
        c.add(dir.resolve(name));
        c.add(dir.resolve("images"));
        c.add(dir);
        return c;
    }

    /** The first candidate folder that holds {@code firstFile}; a user error listing them otherwise. */
    private static Path findRoot(Path json, Path firstFile, List<Path> candidates) {
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve(firstFile))) {
                return c;
            }
        }
        throw UserError.inFile(json, "cannot find the image folder: '" + firstFile + "' is in none of " + candidates
                + "; give the folder explicitly (DataOptions.imageRoots)");
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }
}
