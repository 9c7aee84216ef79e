package org.srnet.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.srnet.UserError;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;
import org.srnet.util.ConfinedPaths;

/**
 * The on-disk layout of a DAVIS evaluation: a dataset root and a results folder.
 *
 * <ul>
 *   <li>Sequence list: {@code ImageSets/<year>/<set>.txt}, one name per line, evaluated in file order (blank
 *       lines skipped). As the official tool, year 2017 for {@code train}/{@code val} and 2019 for the test sets;
 *       when that file is missing the other year is tried.
 *   <li>Ground truth: {@code Annotations_unsupervised/480p/<seq>/*.png} (or {@code Annotations/480p} when the
 *       unsupervised folder is absent), sorted by name; a frame's id is its file name without the extension
 *       (and, as the official loader, without any other dots).
 *       When {@code JPEGImages/480p/<seq>} exists it must not hold more JPEGs than there are annotations (the
 *       official loader crashes then).
 *   <li>Predictions: {@code <results>/<seq>/<frame id>.png}, palette PNGs of proposal ids.
 * </ul>
 */
public final class DavisFolders {
    private final Path root;
    private final Path results;

    /** Creates the layout of dataset root {@code root} and results folder {@code results}. */
    public DavisFolders(Path root, Path results) {
        if (!Files.isDirectory(root)) {
            throw UserError.inFile(root, "DAVIS root not found (expected a folder with ImageSets/ and Annotations_unsupervised/)");
        }
        if (!Files.isDirectory(results)) {
            throw UserError.inFile(results, "results folder not found (expected <results>/<sequence>/<frame>.png)");
        }
        this.root = root;
        this.results = results;
    }

    /** Returns the sequence names of {@code set} in file order. */
    public List<String> sequenceNames(String set) {
        boolean test = set.startsWith("test");
        Path preferred = root.resolve("ImageSets").resolve(test ? "2019" : "2017").resolve(set + ".txt");
        Path other = root.resolve("ImageSets").resolve(test ? "2017" : "2019").resolve(set + ".txt");
        Path list = Files.isRegularFile(preferred) ? preferred : other;
        if (!Files.isRegularFile(list)) {
            throw UserError.inFile(preferred, "sequence list for set '" + set + "' not found (nor " + other + ")");
        }
        try {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(list)) {
                if (!line.strip().isEmpty()) {
                    names.add(ConfinedPaths.relative(line.strip(), list, "sequence").toString());
                }
            }
            return names;
        } catch (IOException e) {
            throw UserError.inFile(list, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Returns the sequences of {@code set}, each reading its frames lazily from disk. */
    public List<DavisSequence> sequences(String set) {
        List<DavisSequence> out = new ArrayList<>();
        for (String name : sequenceNames(set)) {
            out.add(sequence(name));
        }
        return out;
    }

    /** Returns one sequence by name; its annotation files are listed now, its pixels are read later. */
    public DavisSequence sequence(String name) {
        Path annotations = root.resolve("Annotations_unsupervised").resolve("480p");
        if (!Files.isDirectory(annotations)) {
            annotations = root.resolve("Annotations").resolve("480p");
        }
        Path dir = annotations.resolve(name);
        List<Path> pngs = list(dir, ".png");
        if (pngs.isEmpty()) {
            throw UserError.inFile(dir, "no annotation PNGs for sequence " + name);
        }
        Path images = root.resolve("JPEGImages").resolve("480p").resolve(name);
        if (Files.isDirectory(images)) {
            int jpgs = list(images, ".jpg").size();
            if (jpgs > pngs.size()) {
                throw UserError.inFile(dir, jpgs + " frames in " + images + " but only " + pngs.size()
                        + " annotations; every frame must be annotated");
            }
        }
        List<String> ids = new ArrayList<>();
        for (Path p : pngs) {
            ids.add(frameId(p.getFileName().toString()));
        }
        Path predDir = results.resolve(name);
        return new DavisSequence() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int frameCount() {
                return pngs.size();
            }

            @Override
            public String frameId(int t) {
                return ids.get(t);
            }

            @Override
            public LabelMap groundTruth(int t) {
                return PalettePng.read(pngs.get(t));
            }

            @Override
            public LabelMap prediction(int t) {
                Path file = predDir.resolve(ids.get(t) + ".png");
                if (!Files.isRegularFile(file)) {
                    throw UserError.inFile(file, "prediction not found: sequence " + name + " frame " + ids.get(t)
                            + " (expected one palette PNG per annotated frame, <results>/<sequence>/<frame>.png)");
                }
                return PalettePng.read(file);
            }

            @Override
            public String predictionName(int t) {
                return predDir.resolve(ids.get(t) + ".png").toString();
            }
        };
    }

    /**
     * Returns a frame id as the official loader derives it from an annotation file name: the name split at dots,
     * the last part (the extension) dropped, the rest joined without separator ({@code "a.b.png"} gives
     * {@code "ab"}).
     */
    static String frameId(String fileName) {
        String[] parts = fileName.split("\\.", -1);
        return String.join("", java.util.Arrays.copyOf(parts, parts.length - 1));
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw UserError.inFile(dir, "cannot list (" + e.getMessage() + ")", e);
        }
    }
}
