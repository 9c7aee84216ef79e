/**
 * SRNet's training: frame-pair batches with their targets and H(t−1) noise, the training step, validation by
 * segmenting as a user would, and {@code srnet train} as a library call.
 */
package org.srnet.methods.srnet.train;
