/**
 * The segment job on Apache Spark: {@link org.srnet.spark.SparkSegment} plans on the driver as the local runner
 * does, segments one video per task and merges {@code results.json} once; {@link org.srnet.spark.ExecutorModels}
 * holds one model per JVM; {@link org.srnet.spark.SparkSegmentMain} is the main class for {@code spark-submit}.
 */
package org.srnet.spark;
