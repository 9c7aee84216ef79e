/**
 * What every method returns: per-frame instances at the frame's resolution (mask, score, category, track id)
 * and per-track summaries. No DJL.
 */
package org.srnet.result;
