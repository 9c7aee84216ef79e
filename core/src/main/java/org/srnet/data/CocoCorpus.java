package org.srnet.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.srnet.UserError;
import org.srnet.image.RgbImage;

/** A COCO data set as one-frame videos, the source of synthesized pairs; crowd regions are ignored. */
final class CocoCorpus implements Corpus {
    private final Path json;
    private final List<CocoImage> images;
    private final Map<Integer, Integer> categoryIndex;
    private final int defaultCategory;

    CocoCorpus(Path json, CocoDataset dataset, Map<Integer, Integer> categoryIndex, int defaultCategory) {
        this.json = json;
        this.images = dataset.images().stream().filter(i -> i.objects().stream().anyMatch(o -> !o.crowd())).toList();
        this.categoryIndex = Map.copyOf(categoryIndex);
        this.defaultCategory = defaultCategory;
    }

    @Override
    public String describe() {
        return json.toString();
    }

    @Override
    public int videos() {
        return images.size();
    }

    @Override
    public int frames(int video) {
        return 1;
    }

    @Override
    public AnnotatedFrame load(int video, int frame) {
        CocoImage im = images.get(video);
        RgbImage image = RgbImage.read(im.file());
        if (image.width() != im.width() || image.height() != im.height()) {
            throw UserError.inFile(im.file(), "image size " + image.width() + "x" + image.height() + " differs from image "
                    + im.id() + "'s size " + im.width() + "x" + im.height() + " in " + json);
        }
        AnnotatedFrame.Builder annotations = new AnnotatedFrame.Builder();
        for (int k = 0; k < im.objects().size(); k++) {
            CocoObject o = im.objects().get(k);
            annotations.add(k + 1, categoryIndex.getOrDefault(o.categoryId(), defaultCategory), o.mask(), o.crowd());
        }
        return annotations.build(image);
    }
}
