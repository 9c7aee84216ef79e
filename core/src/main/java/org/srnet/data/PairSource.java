package org.srnet.data;

import java.util.Random;

/**
 * An endless supply of training pairs. Thread-confined; the pair returned is a function of the state of
 * {@code rnd} alone, so a seeded run replays exactly.
 */
public interface PairSource {
    /** Draws the next training pair, taking every random decision from {@code rnd}. */
    FramePair next(Random rnd);
}
