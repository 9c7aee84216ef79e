/**
 * Result writers: DAVIS unsupervised submission PNGs, YouTube-VIS {@code results.json}, and overlays for people
 * (images and MP4). Every file is written atomically, and each writer can tell whether a video is already done,
 * so an interrupted run resumes where it stopped.
 */
package org.srnet.output;
