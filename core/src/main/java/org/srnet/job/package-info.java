/**
 * The segment job: {@link org.srnet.job.VideoJob}, one video through a method into frame sinks (the unit every
 * runner hands out), and {@link org.srnet.job.SegmentVideos}, the local runner over a whole input (output names,
 * video ids from the input listing, re-runs, the merged {@code results.json}).
 */
package org.srnet.job;
