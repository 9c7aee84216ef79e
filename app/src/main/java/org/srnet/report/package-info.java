/**
 * The self-contained HTML report of a run: overlay strips, track timelines, DAVIS and YouTube-VIS metrics and
 * speed on one page with every image embedded, plus a headless-Chromium helper that renders it. Plain Java: no
 * DJL dependency.
 */
package org.srnet.report;
