/**
 * {@code srnet demo}: a method's bundled model end to end on freshly generated synthetic videos, evaluated and
 * written up as an HTML report.
 */
package org.srnet.demo;
