/**
 * Where frames come from: image folders, video files (FFmpeg through JavaCV), DAVIS roots and YouTube-VIS frame
 * lists, all behind {@link org.srnet.video.VideoSource}; {@link org.srnet.video.Sources#open} picks the right
 * one for a path.
 */
package org.srnet.video;
