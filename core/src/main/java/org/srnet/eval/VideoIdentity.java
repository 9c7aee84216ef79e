package org.srnet.eval;

import java.util.List;

/**
 * The identity evaluation of one video.
 *
 * @param video the sequence name (DAVIS) or the video's name (YouTube-VIS)
 * @param counts its counts and figures
 * @param objects every ground-truth object present in at least one frame, by increasing id
 */
public record VideoIdentity(String video, IdentityCounts counts, List<ObjectIdentity> objects) {
    public VideoIdentity {
        objects = List.copyOf(objects);
        if (objects.size() != counts.objects()) {
            throw new IllegalArgumentException("video " + video + ": " + objects.size() + " objects listed, "
                    + counts.objects() + " counted");
        }
    }
}
