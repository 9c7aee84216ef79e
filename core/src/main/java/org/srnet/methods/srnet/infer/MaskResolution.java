package org.srnet.methods.srnet.infer;

/**
 * How an instance found at head resolution (1/4 of the network input) becomes a mask at the original frame size.
 * Measured on analytic head maps at 1280×720 and on the synthetic val split (README, "Masks").
 */
public enum MaskResolution {
    /** The 1/4-resolution 0/1 mask sampled bilinearly and thresholded at 0.5 (STEm-Seg's way back). */
    BINARY,
    /** The membership probability P of Eq. 3 sampled bilinearly at every frame pixel, then P &gt; 0.5. */
    PROBABILITY,
    /**
     * The pixel embedding E + S evaluated on the frame's own spatial grid (§3.2: S is defined at any resolution and
     * its bilinear upsampling equals the grid built there; E is sampled bilinearly), then Eq. 3 against the
     * instance's centre and bandwidth and P &gt; 0.5 at every frame pixel.
     */
    EMBEDDING
}
