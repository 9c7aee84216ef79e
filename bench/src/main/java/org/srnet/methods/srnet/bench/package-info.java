/**
 * SRNet's benchmarks and their {@code srnet bench} commands: whole-pipeline inference by stage, post-processing,
 * a long stream's memory, kernels, the training step, and parity with the same network in PyTorch.
 */
package org.srnet.methods.srnet.bench;
