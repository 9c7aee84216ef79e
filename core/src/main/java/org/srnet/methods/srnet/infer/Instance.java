package org.srnet.methods.srnet.infer;

import java.util.Arrays;

/**
 * One instance found by the sequential clustering (Algorithm 1, lines 4–12) in one frame, at head resolution.
 *
 * @param width        head map width
 * @param height       head map height
 * @param mask         row-major 0/1 mask, {@code width×height} (copied in and out)
 * @param area         number of mask pixels
 * @param seedScore    objectiveness at the seed c' (the instance score)
 * @param seedIndex    row-major index of the seed pixel
 * @param centreColumn mass centre column in head pixels (Alg. 1 l. 9)
 * @param centreRow    mass centre row in head pixels
 * @param centreX      mass centre on the spatial grid, x (Eq. 1)
 * @param centreY      mass centre on the spatial grid, y
 * @param trackingX    tracking point x = centre + T sampled at the centre (Alg. 1 l. 10), grid units
 * @param trackingY    tracking point y, grid units
 * @param gridArea     mask area in grid units² (pixel count × spacing_x × spacing_y), used by the tracker's gate
 * @param box          bounding box of the mask in head pixels {x0, y0, x1, y1}, inclusive (copied in and out)
 * @param category     object category 1..C (argmax of Alg. 1 l. 11); 0 in UVOS mode
 * @param classProbs   mean probability of each object category 1..C over the mask, length C (empty in UVOS
 *                     mode; copied in and out); entry {@code c − 1} belongs to category c
 * @param centre       c_n of Eq. 4 in every embedding dimension (x, y in grid units, then the extra dimensions);
 *                     copied in and out
 * @param inverseVariance b_n = 1/Σ_n² per embedding dimension (predicted at the seed for x, y; fixed φ for the
 *                     extra dimensions); copied in and out
 */
public record Instance(
        int width,
        int height,
        byte[] mask,
        int area,
        double seedScore,
        int seedIndex,
        double centreColumn,
        double centreRow,
        double centreX,
        double centreY,
        double trackingX,
        double trackingY,
        double gridArea,
        int[] box,
        int category,
        float[] classProbs,
        float[] centre,
        float[] inverseVariance) {

    public Instance {
        if (mask.length != width * height) {
            throw new IllegalArgumentException("Instance: mask has " + mask.length + " pixels, expected " + width + "×" + height);
        }
        if (box.length != 4) {
            throw new IllegalArgumentException("Instance: box needs 4 entries, got " + box.length);
        }
        if (category < 0 || category > classProbs.length) {
            throw new IllegalArgumentException("Instance: category " + category + " outside 0.." + classProbs.length);
        }
        if (centre.length != inverseVariance.length) {
            throw new IllegalArgumentException("Instance: centre has " + centre.length + " dimensions, inverse variance "
                    + inverseVariance.length);
        }
        mask = mask.clone();
        box = box.clone();
        classProbs = classProbs.clone();
        centre = centre.clone();
        inverseVariance = inverseVariance.clone();
    }

    @Override
    public float[] centre() {
        return centre.clone();
    }

    @Override
    public float[] inverseVariance() {
        return inverseVariance.clone();
    }

    @Override
    public byte[] mask() {
        return mask.clone();
    }

    @Override
    public int[] box() {
        return box.clone();
    }

    @Override
    public float[] classProbs() {
        return classProbs.clone();
    }

    /** Mean probability of the chosen category over the mask; 1 in UVOS mode (no category head). */
    public double classProb() {
        return category == 0 ? 1.0 : classProbs[category - 1];
    }

    /** Whether head pixel {@code index} (row-major) belongs to this instance, without copying the mask. */
    public boolean contains(int index) {
        return mask[index] != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Instance i && i.width == width && i.height == height && Arrays.equals(i.mask, mask)
                && i.seedIndex == seedIndex && i.seedScore == seedScore && i.category == category
                && i.trackingX == trackingX && i.trackingY == trackingY;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(mask) * 31 + seedIndex;
    }

    @Override
    public String toString() {
        return "Instance[seed " + seedIndex + " score " + seedScore + ", area " + area + ", centre (" + centreX + ", "
                + centreY + "), tracking (" + trackingX + ", " + trackingY + "), category " + category + "]";
    }
}
