package org.srnet.data;

import java.util.List;

import org.srnet.data.synth.Scene;
import org.srnet.data.synth.ShapeFamily;
import org.srnet.data.synth.WorldSplit;

/**
 * The synthetic world as an endless training corpus: video v is the scene of a seed derived from v, rendered frame by
 * frame on demand, so a run draws from about a million scenes and practically never sees the same pair twice. The
 * seeds are far from those of the fixed splits {@code srnet synth} writes, so val and generalisation videos stay
 * unseen. Only the training families are drawn.
 *
 * <p>A single frame of this world does not say which things are objects (look-alikes differ only in motion), so
 * its frames must not become synthesized static pairs ({@link #framesDefineObjects()} is false).
 */
final class SynthStreamCorpus implements Corpus {
    /** The data path that names this corpus in {@code --data}. */
    static final String NAME = "synth-stream";
    private static final int SCENES = 1 << 20;
    private static final int FRAMES = 24;
    private static final long SEED_BASE = 0x5EED_5EED_0000_0000L;

    private final int width;
    private final int height;
    private final List<String> categories;
    private final int defaultCategory;
    private int cachedVideo = -1;
    private Scene cached;

    /**
     * @param categories the training category names (index + 1 = training index); empty = class-agnostic
     * @param defaultCategory the index for every instance when {@code categories} is empty
     */
    SynthStreamCorpus(int width, int height, List<String> categories, int defaultCategory) {
        this.width = width;
        this.height = height;
        this.categories = List.copyOf(categories);
        this.defaultCategory = defaultCategory;
    }

    /** The categories the stream's objects belong to, ids 1..5. */
    static List<Category> categoryList() {
        return java.util.Arrays.stream(ShapeFamily.values()).map(f -> new Category(f.categoryId(), f.label())).toList();
    }

    @Override
    public String describe() {
        return NAME;
    }

    @Override
    public int videos() {
        return SCENES;
    }

    @Override
    public int frames(int video) {
        return FRAMES;
    }

    @Override
    public boolean framesDefineObjects() {
        return false;
    }

    @Override
    public synchronized AnnotatedFrame load(int video, int frame) {
        if (video != cachedVideo) {
            cached = new Scene(width, height, FRAMES, SEED_BASE + video * 0x9E3779B97F4A7C15L, WorldSplit.TRAINING);
            cachedVideo = video;
        }
        Scene.Frame f = cached.render(frame);
        int[] objectAt = f.objectAt();
        AnnotatedFrame.Builder annotations = new AnnotatedFrame.Builder();
        for (int i = 0; i < cached.objectCount(); i++) {
            byte[] mask = new byte[objectAt.length];
            boolean any = false;
            for (int p = 0; p < objectAt.length; p++) {
                if (objectAt[p] == i + 1) {
                    mask[p] = 1;
                    any = true;
                }
            }
            if (any) {
                int index = categories.indexOf(cached.family(i).label());
                annotations.add(i + 1, categories.isEmpty() ? defaultCategory : index + 1, mask);
            }
        }
        return annotations.build(f.image());
    }
}
