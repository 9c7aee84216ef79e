package org.srnet.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.srnet.UserError;
import org.srnet.image.RgbImage;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;

/** A DAVIS split as training videos: its annotated frames; label k = track k; 255 = void (ignored). */
final class DavisCorpus implements Corpus {
    private static final int VOID = 255;
    private final Path root;
    private final List<List<Path>> frames = new ArrayList<>();
    private final List<List<Path>> labels = new ArrayList<>();
    private final int category;

    /** @param category the category every DAVIS object gets (1 class-agnostic, 0 = no category label) */
    DavisCorpus(DavisDataset dataset, int category) {
        this.root = dataset.root();
        this.category = category;
        for (DavisSequence s : dataset.sequences()) {
            List<Path> f = new ArrayList<>();
            List<Path> l = new ArrayList<>();
            for (int i = 0; i < s.frames().size(); i++) {
                if (s.annotations().get(i) != null) {
                    f.add(s.frames().get(i));
                    l.add(s.annotations().get(i));
                }
            }
            if (!f.isEmpty()) {
                frames.add(f);
                labels.add(l);
            }
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public int videos() {
        return frames.size();
    }

    @Override
    public int frames(int video) {
        return frames.get(video).size();
    }

    @Override
    public AnnotatedFrame load(int video, int frame) {
        RgbImage image = RgbImage.read(frames.get(video).get(frame));
        Path pngFile = labels.get(video).get(frame);
        LabelMap map = PalettePng.read(pngFile);
        if (map.width() != image.width() || map.height() != image.height()) {
            throw UserError.inFile(pngFile, "annotation size " + map.width() + "x" + map.height() + " differs from its frame "
                    + frames.get(video).get(frame).getFileName() + " (" + image.width() + "x" + image.height() + ")");
        }
        byte[] l = map.labels();
        boolean[] present = new boolean[256];
        byte[] ignore = null;
        for (int i = 0; i < l.length; i++) {
            int v = l[i] & 0xff;
            if (v == VOID) {
                if (ignore == null) {
                    ignore = new byte[l.length];
                }
                ignore[i] = 1;
            } else {
                present[v] = true;
            }
        }
        List<AnnotatedFrame.Instance> instances = new ArrayList<>();
        for (int k = 1; k < VOID; k++) {
            if (present[k]) {
                instances.add(new AnnotatedFrame.Instance(k, category, map.mask(k)));
            }
        }
        return new AnnotatedFrame(image, instances, ignore);
    }
}
