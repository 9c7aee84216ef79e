/**
 * SRNet's network (§3.1): backbone and FPN from {@link org.srnet.nn}, the temporal decoder, the five heads, and
 * the model configuration with the switches of Table 2. No file I/O.
 */
package org.srnet.methods.srnet.network;
