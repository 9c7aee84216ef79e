/**
 * SRNet (ACM MM 2021) as a method of srnet: its registry entry ({@link org.srnet.methods.srnet.SrNetMethod}), a
 * trained model with its inference options ({@link org.srnet.methods.srnet.SrNetInference}) and the tracking probe.
 * The sub-packages hold the network, the model on disk, the losses, online inference (Algorithm 1), training and
 * the configurations.
 */
package org.srnet.methods.srnet;
