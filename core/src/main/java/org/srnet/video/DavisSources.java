package org.srnet.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.srnet.UserError;
import org.srnet.util.ConfinedPaths;

/**
 * The sequences of a DAVIS root: {@code <root>/JPEGImages/480p/<sequence>/00000.jpg …}. Without a split every
 * sequence folder is a source (natural order); a split is either a text file of sequence names (one per line) or a
 * name such as {@code val} looked up as {@code <root>/ImageSets/<year>/val.txt}, taking the latest year present.
 * DAVIS clips are 24 fps.
 */
public final class DavisSources {
    /** DAVIS frames are extracted at 24 frames per second. */
    public static final double FPS = 24.0;

    private DavisSources() {}

    /** Whether {@code dir} looks like a DAVIS root (has {@code JPEGImages/480p}). */
    public static boolean isDavisRoot(Path dir) {
        return Files.isDirectory(dir.resolve("JPEGImages").resolve("480p"));
    }

    /**
     * One source per sequence of the split.
     *
     * @param split null for every sequence, a path to a split file, or a split name under {@code ImageSets}
     */
    public static List<VideoSource> open(Path root, String split) {
        Path frames = root.resolve("JPEGImages").resolve("480p");
        if (!Files.isDirectory(frames)) {
            throw UserError.inFile(root, "not a DAVIS root (no JPEGImages/480p folder)");
        }
        Path list = split == null ? frames : splitFile(root, split);
        List<String> names = split == null ? allSequences(frames) : readSplit(list);
        List<VideoSource> out = new ArrayList<>(names.size());
        for (String n : names) {
            Path dir = ConfinedPaths.resolve(frames, n, list, "sequence");
            if (!Files.isDirectory(dir)) {
                throw UserError.inFile(dir, "sequence " + n + " of split " + split + " has no frame folder");
            }
            out.add(ImageFolderSource.of(dir, n, FPS));
        }
        return out;
    }

    private static List<String> allSequences(Path frames) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(frames)) {
            s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .forEach(names::add);
        } catch (IOException e) {
            throw UserError.inFile(frames, "cannot list sequences (" + e.getMessage() + ")", e);
        }
        if (names.isEmpty()) {
            throw UserError.inFile(frames, "no sequence folders");
        }
        names.sort(NaturalOrder.INSTANCE);
        return names;
    }

    private static Path splitFile(Path root, String split) {
        Path file = Path.of(split);
        return Files.isRegularFile(file) ? file : findSplit(root, split);
    }

    private static List<String> readSplit(Path file) {
        List<String> names = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String n = line.strip();
                if (!n.isEmpty()) {
                    names.add(n);
                }
            }
        } catch (IOException e) {
            throw UserError.inFile(file, "cannot read split file (" + e.getMessage() + ")", e);
        }
        if (names.isEmpty()) {
            throw UserError.inFile(file, "split file lists no sequences");
        }
        return names;
    }

    private static Path findSplit(Path root, String split) {
        Path sets = root.resolve("ImageSets");
        List<Path> years = new ArrayList<>();
        if (Files.isDirectory(sets)) {
            try (Stream<Path> s = Files.list(sets)) {
                s.filter(p -> Files.isRegularFile(p.resolve(split + ".txt"))).forEach(years::add);
            } catch (IOException e) {
                throw UserError.inFile(sets, "cannot list split folders (" + e.getMessage() + ")", e);
            }
        }
        if (years.isEmpty()) {
            throw UserError.inFile(sets, "no split named '" + split + "' (looked for ImageSets/<year>/" + split + ".txt)");
        }
        years.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()));
        return years.get(years.size() - 1).resolve(split + ".txt");
    }
}
