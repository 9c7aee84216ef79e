/**
 * Result writers: DAVIS unsupervised submission PNGs, YouTube-VIS {@code results.json}, and overlays for people
 * (images and MP4). Every file is written atomically, and each writer can tell whether a video is already done,
 * so an interrupted run resumes where it stopped. The DAVIS and YouTube-VIS writers take a video frame by frame and
 * keep per-track summaries in memory and masks in a spill file, so their memory does not grow with a video's length.
 */
package org.srnet.output;
