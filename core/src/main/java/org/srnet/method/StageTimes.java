package org.srnet.method;

/**
 * Wall-clock milliseconds of the three stages every method's frame goes through. For SRNet:
 *
 * @param preprocess  what turns the frame into the method's input (SRNet: resize, normalise, upload)
 * @param network     the method's per-frame model (SRNet: backbone + FPN + decoder + heads, including pulling the
 *                    head maps to the host)
 * @param postprocess instances, tracks and masks at the frame's size (SRNet: Algorithm 1 clustering, tracking,
 *                    H(t−1) rendering and masks back at frame resolution)
 */
public record StageTimes(double preprocess, double network, double postprocess) {

    /** The frame's whole time. */
    public double total() {
        return preprocess + network + postprocess;
    }
}
