package org.srnet.data;

import java.util.Objects;

/**
 * A category of a COCO-style data set, as its JSON {@code categories} list declares it.
 *
 * @param id the data set's own category id (as used by {@code category_id})
 * @param name the category name
 */
public record Category(int id, String name) {
    /** Validates the name. */
    public Category {
        Objects.requireNonNull(name, "name");
    }
}
