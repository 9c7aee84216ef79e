package org.srnet.data;

import java.nio.file.Path;
import java.util.List;

/**
 * One image of a COCO instances file with its annotations.
 *
 * @param id the image id
 * @param file the image file (resolved under the images root, or the plain relative name without one)
 * @param width width in pixels
 * @param height height in pixels
 * @param objects the instance annotations, in file order
 */
public record CocoImage(long id, Path file, int width, int height, List<CocoObject> objects) {
    /** Copies the list. */
    public CocoImage {
        objects = List.copyOf(objects);
    }
}
