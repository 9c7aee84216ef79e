package org.srnet.methods.srnet.loss;

import java.util.List;

/**
 * Ground truth of one frame pair at head resolution (1/4 of the training input).
 *
 * @param width      head map width
 * @param height     head map height
 * @param instances  instances present in frame t
 * @param ignore     row-major 0/1 map of pixels excluded from every loss (e.g. DAVIS void), or null
 */
public record HeadTargets(int width, int height, List<InstanceTarget> instances, byte[] ignore) {
}
