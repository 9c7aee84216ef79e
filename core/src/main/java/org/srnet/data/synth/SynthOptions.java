package org.srnet.data.synth;

/**
 * Parameters of the synthetic benchmark ({@code srnet synth}).
 *
 * @param videos number of videos (default 48)
 * @param frames frames per video (default 24)
 * @param width frame width in pixels (default 320: small enough for CPU training)
 * @param height frame height in pixels (default 192)
 * @param seed the seed; the same options give byte-identical output (default 1)
 * @param valFraction fraction of the videos in the val split, the rest are train (default 0.25)
 * @param generalisationVideos videos of the generalisation split ({@code gen}), drawn only from the families that
 *                    training never draws ({@link WorldSplit#HELD_OUT}); not counted in {@code videos} (default 12)
 */
public record SynthOptions(int videos, int frames, int width, int height, long seed, double valFraction,
        int generalisationVideos) {
    /** The defaults listed above. */
    public static final SynthOptions DEFAULTS = new SynthOptions(48, 24, 320, 192, 1, 0.25, 12);

    /** Options without a generalisation split. */
    public SynthOptions(int videos, int frames, int width, int height, long seed, double valFraction) {
        this(videos, frames, width, height, seed, valFraction, 0);
    }

    /** Validates every field, naming it and the bad value. */
    public SynthOptions {
        if (videos < 1) {
            throw new IllegalArgumentException("videos must be at least 1, got " + videos);
        }
        if (frames < 2) {
            throw new IllegalArgumentException("frames must be at least 2, got " + frames);
        }
        if (width < 32 || height < 32 || width > 4096 || height > 4096) {
            throw new IllegalArgumentException("size must be between 32 and 4096 pixels per side, got " + width + "x" + height);
        }
        if (!(valFraction >= 0 && valFraction <= 1)) {
            throw new IllegalArgumentException("val fraction must be in [0, 1], got " + valFraction);
        }
        if (generalisationVideos < 0) {
            throw new IllegalArgumentException("generalisation videos must be at least 0, got " + generalisationVideos);
        }
    }

    /** Returns a copy with another number of videos. */
    public SynthOptions withVideos(int v) {
        return new SynthOptions(v, frames, width, height, seed, valFraction, generalisationVideos);
    }

    /** Returns a copy with another number of frames per video. */
    public SynthOptions withFrames(int f) {
        return new SynthOptions(videos, f, width, height, seed, valFraction, generalisationVideos);
    }

    /** Returns a copy with another frame size. */
    public SynthOptions withSize(int w, int h) {
        return new SynthOptions(videos, frames, w, h, seed, valFraction, generalisationVideos);
    }

    /** Returns a copy with another seed. */
    public SynthOptions withSeed(long s) {
        return new SynthOptions(videos, frames, width, height, s, valFraction, generalisationVideos);
    }

    /** Returns a copy with another val fraction. */
    public SynthOptions withValFraction(double f) {
        return new SynthOptions(videos, frames, width, height, seed, f, generalisationVideos);
    }

    /** Number of val videos: the fraction rounded, but at least one of each split when there are two videos or more. */
    public int valVideos() {
        int v = (int) Math.round(videos * valFraction);
        if (videos >= 2 && valFraction > 0 && valFraction < 1) {
            v = Math.max(1, Math.min(videos - 1, v));
        }
        return v;
    }
}
