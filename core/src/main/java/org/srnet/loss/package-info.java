/**
 * Losses a method can reuse: the Lovász hinge and Dice.
 */
package org.srnet.loss;
