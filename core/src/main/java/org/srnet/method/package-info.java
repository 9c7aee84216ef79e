/**
 * The method seam: what a segmentation method offers the rest of srnet. A {@link org.srnet.method.Method} loads a
 * {@link org.srnet.method.SegmentationModel}, which opens one {@link org.srnet.method.OnlineSegmenter} per video:
 * frames in, {@link org.srnet.result.FrameResult}s out. {@link org.srnet.method.Methods} is the registry, keyed by
 * the {@code method} a {@code model.json} records; methods register in {@code META-INF/services}.
 */
package org.srnet.method;
