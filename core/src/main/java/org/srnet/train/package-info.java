/**
 * The training loop for any method's {@link org.srnet.train.TrainableModel} and
 * {@link org.srnet.train.TrainingStep}: torch-exact momentum SGD, the learning-rate schedule, checkpoints, resuming,
 * rollback on non-finite steps, validation, prefetched batches, the log and the loss curve.
 */
package org.srnet.train;
