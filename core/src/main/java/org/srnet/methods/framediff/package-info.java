/**
 * The frame-difference baseline: foreground by difference from a median background, connected components,
 * tracks by IoU. No network and no training; it shows what a method needs to plug into srnet.
 */
package org.srnet.methods.framediff;
