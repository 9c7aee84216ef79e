/**
 * srnet: online video instance segmentation on the JVM. {@link org.srnet.UserError} is the one error a user can
 * cause; every package below says what it holds.
 */
package org.srnet;
