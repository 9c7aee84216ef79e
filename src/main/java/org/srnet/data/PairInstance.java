package org.srnet.data;

/** An instance of the pair; a null mask means absent in that frame (e.g. it left the view). */
public record PairInstance(int trackId, int category, byte[] previousMask, byte[] currentMask) {
}
