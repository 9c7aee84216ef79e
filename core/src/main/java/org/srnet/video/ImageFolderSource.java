package org.srnet.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.srnet.UserError;
import org.srnet.util.FileFingerprint;

/**
 * A video stored as one image per frame (JPEG or PNG), as DAVIS and YouTube-VIS ship them. A folder's frames
 * are its image files in natural order ("2.jpg" before "10.jpg"); hidden files (a leading dot) are ignored, any
 * other file is an error, since a stray file in a frame folder usually means the wrong folder was given.
 */
public final class ImageFolderSource implements VideoSource {
    private final String name;
    private final List<Path> files;
    private final double fps;
    private final OptionalLong videoId;
    private final Path origin;
    private DamagedFrames damage = DamagedFrames.STRICT;

    private ImageFolderSource(String name, List<Path> files, double fps, OptionalLong videoId, Path origin) {
        this.name = name;
        this.files = List.copyOf(files);
        this.fps = fps;
        this.videoId = videoId;
        this.origin = origin;
    }

    /** The frames of {@code folder}, named after the folder, with an unknown frame rate. */
    public static ImageFolderSource of(Path folder) {
        return of(folder, folder.getFileName().toString(), Double.NaN);
    }

    /** The frames of {@code folder} under the given name and frame rate (NaN if unknown). */
    public static ImageFolderSource of(Path folder, String name, double fps) {
        if (!Files.isDirectory(folder)) {
            throw UserError.inFile(folder, Files.exists(folder) ? "not a folder" : "folder not found");
        }
        List<Path> frames = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String f = p.getFileName().toString();
                if (f.startsWith(".")) {
                    continue;
                }
                if (!Files.isRegularFile(p) || !isImageName(f)) {
                    throw UserError.inFile(p, "not a frame image (a frame folder may hold only .jpg, .jpeg and .png files)");
                }
                frames.add(p);
            }
        } catch (IOException e) {
            throw UserError.inFile(folder, "cannot list folder (" + e.getMessage() + ")", e);
        }
        if (frames.isEmpty()) {
            throw UserError.inFile(folder, "no frame images (.jpg, .jpeg, .png) in this folder");
        }
        frames.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()));
        return new ImageFolderSource(name, frames, fps, OptionalLong.empty(), folder);
    }

    /**
     * An explicit list of frame files, in the given order (e.g. a YouTube-VIS video's {@code file_names}).
     *
     * @param listedIn the file that listed them, named in errors about missing frames
     */
    public static ImageFolderSource ofFiles(String name, List<Path> files, double fps, OptionalLong videoId, Path listedIn) {
        if (files.isEmpty()) {
            throw UserError.inFile(listedIn, "video " + name + " lists no frames");
        }
        return new ImageFolderSource(name, files, fps, videoId, listedIn);
    }

    /** Whether a file name has one of the frame image extensions. */
    public static boolean isImageName(String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        return f.endsWith(".jpg") || f.endsWith(".jpeg") || f.endsWith(".png");
    }

    /** The frame files in frame order. */
    public List<Path> files() {
        return files;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double fps() {
        return fps;
    }

    @Override
    public OptionalInt frameCount() {
        return OptionalInt.of(files.size());
    }

    @Override
    public OptionalLong videoId() {
        return videoId;
    }

    @Override
    public String identity() {
        return FileFingerprint.of(files);
    }

    @Override
    public void onDamagedFrames(DamagedFrames policy) {
        this.damage = policy;
    }

    @Override
    public Iterator<VideoFrame> iterator() {
        return new Iterator<>() {
            private int next;
            private int width = -1;
            private int height = -1;

            @Override
            public boolean hasNext() {
                return next < files.size();
            }

            @Override
            public VideoFrame next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Path file = files.get(next);
                BufferedImage img = read(file);
                if (width < 0) {
                    width = img.getWidth();
                    height = img.getHeight();
                } else if (img.getWidth() != width || img.getHeight() != height) {
                    throw UserError.inFile(file, "frame is " + img.getWidth() + "×" + img.getHeight()
                            + " but the video's first frame is " + width + "×" + height);
                }
                return new VideoFrame(next++, stripExtension(file.getFileName().toString()), img);
            }
        };
    }

    private BufferedImage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw UserError.inFile(file, "frame not found" + (origin.equals(file.getParent()) ? "" : " (listed in " + origin + ")"));
        }
        return FrameImages.read(file, damage);
    }

    static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public void close() {
        // Nothing is held open between frames.
    }
}
