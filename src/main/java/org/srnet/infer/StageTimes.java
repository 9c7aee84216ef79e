package org.srnet.infer;

/**
 * Wall-clock milliseconds of the stages of one frame of online inference.
 *
 * @param preprocess  resize, normalise, upload
 * @param network     backbone + FPN + decoder + heads, including pulling the head maps to the host
 * @param postprocess Algorithm 1 clustering, tracking, H(t−1) rendering and masks back at frame resolution
 */
public record StageTimes(double preprocess, double network, double postprocess) {

    public double total() {
        return preprocess + network + postprocess;
    }
}
