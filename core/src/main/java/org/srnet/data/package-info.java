/**
 * Data sets and training samples: readers for DAVIS 2017/2019 roots ({@link org.srnet.data.DavisDataset}),
 * YouTube-VIS 2019/2021 JSON ({@link org.srnet.data.YtvisDataset}) and COCO instances JSON
 * ({@link org.srnet.data.CocoDataset}); the training pair sampler ({@link org.srnet.data.TrainingData} →
 * {@link org.srnet.data.PairSource} → {@link org.srnet.data.FramePair}) with consistent crop/flip/scale
 * augmentation and static-image pair synthesis (SRNet §4.1); RGB frame I/O ({@link org.srnet.image.RgbImage}).
 *
 * <p>Readers are strict: a malformed entry is a {@link org.srnet.UserError} naming the file and the entry;
 * lenient loading skips and counts instead. Nothing here depends on DJL: samples are plain arrays.
 */
package org.srnet.data;
