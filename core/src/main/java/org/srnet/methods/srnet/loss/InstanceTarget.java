package org.srnet.methods.srnet.loss;

/**
 * One ground-truth instance of frame t at head resolution.
 *
 * @param category      category id (1..C), ignored in UVOS mode
 * @param mask          row-major 0/1 mask in frame t (non-empty)
 * @param previousMask  its mask in frame t−1, or null when it is absent there (then it has no tracking loss)
 */
public record InstanceTarget(int category, byte[] mask, byte[] previousMask) {
}
