package org.srnet.cli;

import org.srnet.eval.IdentityCounts;
import org.srnet.eval.IdentityResult;
import org.srnet.eval.ObjectIdentity;
import org.srnet.eval.VideoIdentity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code identity} object of the evaluation commands' {@code --json}: the overall figures with the counts
 * they come from, and per video the same plus how each ground-truth object was followed. Undefined figures are
 * null.
 */
final class IdentityJson {
    private IdentityJson() {}

    /** Adds {@code r} to {@code root} under the key {@code identity}. */
    static void put(ObjectNode root, IdentityResult r) {
        ObjectNode identity = root.putObject("identity");
        // Stated in the file, so that its numbers say how they were made.
        identity.put("iou_threshold", IdentityResult.IOU_THRESHOLD);
        counts(identity.putObject("overall"), r.overall());
        ArrayNode videos = identity.putArray("per_video");
        for (VideoIdentity v : r.videos()) {
            ObjectNode o = videos.addObject();
            o.put("video", v.video());
            counts(o, v.counts());
            ArrayNode objects = o.putArray("per_object");
            for (ObjectIdentity obj : v.objects()) {
                ObjectNode n = objects.addObject();
                n.put("object", obj.object());
                n.put("frames", obj.frames());
                n.put("matched_frames", obj.matchedFrames());
                ArrayNode tracks = n.putArray("tracks");
                obj.tracks().forEach(tracks::add);
                n.put("id_switches", obj.switches());
            }
        }
    }

    private static void counts(ObjectNode o, IdentityCounts c) {
        EvalJson.put(o, "IDF1", c.idf1());
        EvalJson.put(o, "IDP", c.idp());
        EvalJson.put(o, "IDR", c.idr());
        o.put("id_switches", c.switches());
        EvalJson.put(o, "tracks_per_object", c.tracksPerObject());
        EvalJson.put(o, "false_per_frame", c.falsePerFrame());
        o.put("IDTP", c.idtp());
        o.put("IDFP", c.idfp());
        o.put("IDFN", c.idfn());
        o.put("frames", c.frames());
        o.put("gt_objects", c.objects());
        o.put("matched_objects", c.matchedObjects());
        o.put("gt_instances", c.gtInstances());
        o.put("predicted_instances", c.predInstances());
        o.put("matches", c.matches());
        o.put("false_instances", c.falseInstances());
        o.put("missed_instances", c.missedInstances());
    }
}
