/**
 * Speed and memory measurements behind {@code srnet bench}: per-stage inference times, long-stream memory, the
 * plain-Java kernels and training throughput. Every benchmark warms up, repeats, and reports medians with their
 * spread ({@link org.srnet.bench.SampleStats}); results can be saved as JSON ({@link org.srnet.bench.BenchJson}) to
 * compare commits. Timing never happens in tests: tests check the statistics and the shape of the output only.
 */
package org.srnet.bench;
