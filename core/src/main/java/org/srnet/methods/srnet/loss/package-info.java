/**
 * SRNet's loss terms (Eqs. 5, 7, 8, 9) and their weights.
 */
package org.srnet.methods.srnet.loss;
