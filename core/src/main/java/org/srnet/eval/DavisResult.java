package org.srnet.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DAVIS unsupervised evaluation of a set of sequences.
 *
 * @param global the official global numbers, in the official column order ({@link #MEASURES})
 * @param perObject the official per-object table, sequences in evaluation order
 * @param sequences the per-sequence details (matched pairs with per-frame J and F)
 */
public record DavisResult(Map<String, Double> global, List<DavisObjectRow> perObject,
        List<DavisSequenceResult> sequences) {
    /** The seven global measures in the order the official tool prints them. */
    public static final List<String> MEASURES = List.of("J&F-Mean", "J-Mean", "J-Recall", "J-Decay", "F-Mean",
            "F-Recall", "F-Decay");

    public DavisResult {
        global = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(global));
        perObject = List.copyOf(perObject);
        sequences = List.copyOf(sequences);
    }

    /** Returns the identity figures of the sequences, pooled and per sequence (not part of the official tool). */
    public IdentityResult identity() {
        return IdentityResult.of(sequences.stream().map(DavisSequenceResult::identity).toList());
    }

    /** Returns one global measure by its official name, e.g. {@code "J&F-Mean"}. */
    public double get(String measure) {
        Double v = global.get(measure);
        if (v == null) {
            throw new IllegalArgumentException("unknown measure " + measure + "; expected one of " + MEASURES);
        }
        return v;
    }
}
