/**
 * SRNet's online inference around the network: the input-size policy ({@link org.srnet.methods.srnet.infer.InputGeometry}),
 * the sequential clustering of Algorithm 1 lines 1–14 ({@link org.srnet.methods.srnet.infer.Clustering}), the greedy
 * association of lines 15–19 ({@link org.srnet.methods.srnet.infer.Tracker}), the heat map H(t−1) for the next frame
 * ({@link org.srnet.methods.srnet.infer.PreviousHeatmap}) and the per-frame results at original resolution
 * ({@link org.srnet.result.FrameResult}). Plain Java: no DJL type appears here except in the segmenter that runs
 * the network.
 */
package org.srnet.methods.srnet.infer;
