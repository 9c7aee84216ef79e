/**
 * A trained SRNet on disk and in memory: {@code model.json} and {@code model.safetensors}, loading with checks,
 * saving atomically, the digest of what it computes.
 */
package org.srnet.methods.srnet.model;
