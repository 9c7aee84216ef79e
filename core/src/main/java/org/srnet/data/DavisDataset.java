package org.srnet.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.srnet.UserError;

/**
 * A DAVIS 2017/2019 data root:
 * <pre>
 * root/JPEGImages/480p/&lt;seq&gt;/00000.jpg ...
 * root/Annotations_unsupervised/480p/&lt;seq&gt;/00000.png ...   (UVOS; or Annotations/480p for semi-supervised)
 * root/ImageSets/&lt;year&gt;/&lt;split&gt;.txt                         (one sequence name per line)
 * </pre>
 * Annotation PNGs are palette images whose index is the object id (0 background, 255 void). The unsupervised
 * annotations are used when present, else the semi-supervised ones ({@link Annotations} selects explicitly).
 *
 * <p>An annotation without a frame of the same name, a split entry without a frame folder, a sequence
 * without frames, or a split entry that is not a plain folder name are user errors naming the file and entry.
 */
public final class DavisDataset {
    /** Which annotation folder to read. */
    public enum Annotations {
        /** {@code Annotations_unsupervised/480p} if it exists, else {@code Annotations/480p}. */
        AUTO,
        /** {@code Annotations_unsupervised/480p} (DAVIS 2019 unsupervised). */
        UNSUPERVISED,
        /** {@code Annotations/480p} (DAVIS 2017 semi-supervised). */
        SEMI_SUPERVISED
    }

    private final Path root;
    private final List<DavisSequence> sequences;

    private DavisDataset(Path root, List<DavisSequence> sequences) {
        this.root = root;
        this.sequences = List.copyOf(sequences);
    }

    /** True if {@code dir} looks like a DAVIS root (it has {@code JPEGImages/480p}). */
    public static boolean isDavisRoot(Path dir) {
        return Files.isDirectory(dir.resolve("JPEGImages").resolve("480p"));
    }

    /** Opens every sequence under {@code JPEGImages/480p}, sorted by name. */
    public static DavisDataset open(Path root) {
        return open(root, null, Annotations.AUTO);
    }

    /**
     * Opens the sequences of a split, in the order of its list file: {@code ImageSets/2019/<split>.txt} if it
     * exists, else {@code ImageSets/2017/<split>.txt}.
     */
    public static DavisDataset open(Path root, String split) {
        return open(root, split, Annotations.AUTO);
    }

    /** Opens a split ({@code null} = every sequence) with the chosen annotation folder. */
    public static DavisDataset open(Path root, String split, Annotations which) {
        Path frames480 = root.resolve("JPEGImages").resolve("480p");
        if (!Files.isDirectory(frames480)) {
            throw UserError.inFile(root, "not a DAVIS root: JPEGImages/480p not found");
        }
        Path annRoot = annotationRoot(root, which);
        List<String> names = split == null ? listFolders(frames480) : readSplit(root, split);
        Path listFile = split == null ? frames480 : splitFile(root, split);
        List<DavisSequence> seqs = new ArrayList<>();
        for (String name : names) {
            Path dir = DataFiles.resolveInside(frames480, name, listFile, "sequence");
            if (!Files.isDirectory(dir)) {
                throw UserError.inFile(listFile, "sequence '" + name + "' has no frame folder " + dir);
            }
            seqs.add(readSequence(name, dir, annRoot == null ? null : annRoot.resolve(name)));
        }
        return new DavisDataset(root, seqs);
    }

    /** The data root. */
    public Path root() {
        return root;
    }

    /** The sequences in split order. */
    public List<DavisSequence> sequences() {
        return sequences;
    }

    /** Returns the split list file that {@link #open(Path, String)} reads. */
    public static Path splitFile(Path root, String split) {
        Path y2019 = root.resolve("ImageSets").resolve("2019").resolve(split + ".txt");
        return Files.isRegularFile(y2019) ? y2019 : root.resolve("ImageSets").resolve("2017").resolve(split + ".txt");
    }

    private static Path annotationRoot(Path root, Annotations which) {
        Path unsup = root.resolve("Annotations_unsupervised").resolve("480p");
        Path semi = root.resolve("Annotations").resolve("480p");
        return switch (which) {
            case UNSUPERVISED -> unsup;
            case SEMI_SUPERVISED -> semi;
            case AUTO -> Files.isDirectory(unsup) ? unsup : Files.isDirectory(semi) ? semi : null;
        };
    }

    private static List<String> readSplit(Path root, String split) {
        Path file = splitFile(root, split);
        if (!Files.isRegularFile(file)) {
            throw UserError.inFile(file, "split list not found (looked for ImageSets/2019/" + split + ".txt and ImageSets/2017/"
                    + split + ".txt)");
        }
        try {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String n = line.strip();
                if (!n.isEmpty()) {
                    names.add(n);
                }
            }
            return names;
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> listFolders(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw UserError.inFile(dir, "cannot list (" + e.getMessage() + ")", e);
        }
    }

    private static List<Path> listFiles(Path dir, String extension) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(extension))
                    .sorted().toList();
        } catch (IOException e) {
            throw UserError.inFile(dir, "cannot list (" + e.getMessage() + ")", e);
        }
    }

    private static DavisSequence readSequence(String name, Path frameDir, Path annDir) {
        List<Path> frames = listFiles(frameDir, ".jpg");
        if (frames.isEmpty()) {
            throw UserError.inFile(frameDir, "sequence '" + name + "' has no .jpg frames");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < frames.size(); i++) {
            index.put(stem(frames.get(i)), i);
        }
        List<Path> anns = new ArrayList<>(java.util.Collections.nCopies(frames.size(), (Path) null));
        if (annDir != null && Files.isDirectory(annDir)) {
            for (Path png : listFiles(annDir, ".png")) {
                Integer i = index.get(stem(png));
                if (i == null) {
                    throw UserError.inFile(png, "annotation has no frame " + stem(png) + ".jpg in " + frameDir);
                }
                anns.set(i, png);
            }
        }
        return new DavisSequence(name, frames, anns);
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }
}
