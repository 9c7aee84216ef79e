package org.srnet.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.srnet.UserError;

/**
 * Opens whatever the user points srnet at, deciding by what the path is:
 * <ul>
 *   <li>a {@code .json} file: the videos of a YouTube-VIS file ({@link YtvisSources});</li>
 *   <li>a video file ({@code .mp4 .avi .mkv .webm .mov .m4v}): one {@link VideoFileSource};</li>
 *   <li>a folder with {@code JPEGImages/480p}: every DAVIS sequence ({@link DavisSources});</li>
 *   <li>a folder of frame images: one {@link ImageFolderSource};</li>
 *   <li>a folder of folders of frame images: one source per sub-folder (e.g. a YouTube-VIS {@code JPEGImages}).</li>
 * </ul>
 */
public final class Sources {
    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "avi", "mkv", "webm", "mov", "m4v");

    private Sources() {}

    /** The sources found at {@code path}, strict about damaged frames; anything else is a user error naming it. */
    public static List<VideoSource> open(Path path) {
        return open(path, DamagedFrames.STRICT);
    }

    /** The sources found at {@code path}, handling damaged frames with {@code damage}. */
    public static List<VideoSource> open(Path path, DamagedFrames damage) {
        List<VideoSource> sources = find(path);
        sources.forEach(s -> s.onDamagedFrames(damage));
        return sources;
    }

    private static List<VideoSource> find(Path path) {
        if (!Files.exists(path)) {
            throw UserError.inFile(path, "not found");
        }
        if (Files.isRegularFile(path)) {
            String ext = extension(path);
            if (ext.equals("json")) {
                return YtvisSources.open(path);
            }
            if (VIDEO_EXTENSIONS.contains(ext)) {
                return List.of(new VideoFileSource(path));
            }
            throw UserError.inFile(path, "unsupported input: expected a video file (" + String.join(", ", VIDEO_EXTENSIONS)
                    + "), a YouTube-VIS .json, a folder of frames or a DAVIS root");
        }
        if (DavisSources.isDavisRoot(path)) {
            return DavisSources.open(path, null);
        }
        List<Path> subfolders = new ArrayList<>();
        boolean images = false;
        try (Stream<Path> s = Files.list(path)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    subfolders.add(p);
                } else if (ImageFolderSource.isImageName(n)) {
                    images = true;
                }
            }
        } catch (IOException e) {
            throw UserError.inFile(path, "cannot list folder (" + e.getMessage() + ")", e);
        }
        if (images || subfolders.isEmpty()) {
            return List.of(ImageFolderSource.of(path));
        }
        subfolders.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()));
        List<VideoSource> out = new ArrayList<>(subfolders.size());
        for (Path p : subfolders) {
            out.add(ImageFolderSource.of(p));
        }
        return out;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
