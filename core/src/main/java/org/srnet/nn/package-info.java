/**
 * Network parts a method reuses, with their strides: ResNet stages C2–C5 (laid out like torchvision's weights),
 * FPN, GroupNorm, convolution and pooling layers, ImageNet normalisation. No file I/O: weights come and go through
 * {@link org.srnet.weights}.
 */
package org.srnet.nn;
