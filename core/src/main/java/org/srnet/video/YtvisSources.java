package org.srnet.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.srnet.UserError;
import org.srnet.data.synth.SynthDataset;
import org.srnet.util.ConfinedPaths;
import org.srnet.util.JsonErrors;

/**
 * The videos of a YouTube-VIS annotation or info file. Only {@code videos[].id} and {@code videos[].file_names}
 * are read; frame paths are relative to a {@code JPEGImages} folder beside the JSON file (the dataset's layout:
 * {@code valid.json} next to {@code JPEGImages/<video>/00000.jpg}) and may not leave it ({@link ConfinedPaths}). A
 * video is named after the folder of its first frame. YouTube-VIS frames are every 5th frame of 30 fps footage,
 * hence 6 fps.
 */
public final class YtvisSources {
    /** Frame rate of YouTube-VIS frame lists (every 5th frame of 30 fps). */
    public static final double FPS = 6.0;

    private YtvisSources() {}

    /**
     * One source per entry of {@code videos}, in file order, with frames under the {@code JPEGImages} folder next to
     * the JSON — or, for the JSON of an {@code srnet synth} folder, under that folder's frames root.
     */
    public static List<VideoSource> open(Path json) {
        Path parent = json.toAbsolutePath().getParent();
        Path synthRoot = parent.getParent();
        if (synthRoot != null && SynthDataset.isSynthRoot(synthRoot)) {
            return open(json, SynthDataset.framesRoot(synthRoot));
        }
        return open(json, parent.resolve("JPEGImages"));
    }

    /** One source per entry of {@code videos}, in file order, with {@code file_names} relative to {@code images}. */
    public static List<VideoSource> open(Path json, Path images) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json.toFile());
        } catch (JacksonException e) {
            throw JsonErrors.malformed(json, e);
        } catch (IOException e) {
            throw UserError.inFile(json, Files.exists(json) ? "cannot read (" + e.getMessage() + ")" : "file not found", e);
        }
        JsonNode videos = root == null ? null : root.get("videos");
        if (videos == null || !videos.isArray()) {
            throw UserError.inFile(json, "no \"videos\" array (expected a YouTube-VIS annotation file)");
        }
        List<VideoSource> out = new ArrayList<>(videos.size());
        for (int i = 0; i < videos.size(); i++) {
            JsonNode v = videos.get(i);
            JsonNode id = v.get("id");
            JsonNode names = v.get("file_names");
            if (id == null || !id.canConvertToLong() || names == null || !names.isArray() || names.isEmpty()) {
                throw UserError.inFile(json, "videos[" + i + "] needs a numeric \"id\" and a non-empty \"file_names\" array");
            }
            List<Path> files = new ArrayList<>(names.size());
            for (int k = 0; k < names.size(); k++) {
                if (!names.get(k).isTextual()) {
                    throw UserError.inFile(json, "videos[" + i + "].file_names[" + k + "] is not a string");
                }
                files.add(ConfinedPaths.resolve(images, names.get(k).asText(), json,
                        "videos[" + i + "].file_names[" + k + "]"));
            }
            Path first = ConfinedPaths.relative(names.get(0).asText(), json, "videos[" + i + "].file_names[0]");
            String name = first.getParent() != null ? first.getParent().toString() : "video_" + id.asLong();
            out.add(ImageFolderSource.ofFiles(name, files, FPS, OptionalLong.of(id.asLong()), json));
        }
        return out;
    }
}
