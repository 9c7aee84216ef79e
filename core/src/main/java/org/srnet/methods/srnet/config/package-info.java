/**
 * SRNet's run configuration ({@link org.srnet.methods.srnet.config.SrNetConfig}) and its named presets.
 */
package org.srnet.methods.srnet.config;
