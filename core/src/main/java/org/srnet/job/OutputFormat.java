package org.srnet.job;

import java.util.EnumSet;
import java.util.Set;

import org.srnet.UserError;

/** The standard outputs {@code srnet segment} can write. */
public enum OutputFormat {
    /** DAVIS unsupervised submission: {@code davis/<seq>/<frame>.png}, palette PNG, pixel = track ID. */
    DAVIS,
    /** YouTube-VIS {@code results.json}. */
    YTVIS,
    /** Overlay frames: {@code overlays/<seq>/<frame>.jpg}. */
    OVERLAY,
    /** Overlay video: {@code videos/<seq>.mp4}. */
    VIDEO;

    /** Parses "davis,ytvis,overlay,video" (any subset, any order). */
    public static Set<OutputFormat> parse(String list) {
        Set<OutputFormat> out = EnumSet.noneOf(OutputFormat.class);
        for (String s : list.split(",")) {
            String n = s.trim().toUpperCase();
            if (n.isEmpty()) {
                continue;
            }
            try {
                out.add(valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new UserError("--format: unknown format '" + s.trim() + "'; choose from davis, ytvis, overlay, video");
            }
        }
        if (out.isEmpty()) {
            throw new UserError("--format: choose at least one of davis, ytvis, overlay, video");
        }
        return out;
    }
}
