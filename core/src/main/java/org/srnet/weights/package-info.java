/**
 * Named tensors: the state dict of a network and the safetensors file format it is saved in.
 */
package org.srnet.weights;
