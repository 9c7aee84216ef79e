package org.srnet.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.srnet.UserError;
import org.srnet.image.RgbImage;

/** A YouTube-VIS data set as training videos: track k = the k-th annotation of the video; crowd = ignored. */
final class YtvisCorpus implements Corpus {
    private final Path json;
    private final List<YtvisVideo> videos;
    private final Map<Integer, Integer> categoryIndex;
    private final int defaultCategory;

    /**
     * @param categoryIndex data set category id → training category index (missing = {@code defaultCategory})
     * @param defaultCategory the index for categories not in the map (1 class-agnostic, else 0)
     */
    YtvisCorpus(YtvisDataset dataset, Map<Integer, Integer> categoryIndex, int defaultCategory) {
        this.json = dataset.json();
        this.videos = dataset.videos();
        this.categoryIndex = Map.copyOf(categoryIndex);
        this.defaultCategory = defaultCategory;
    }

    @Override
    public String describe() {
        return json.toString();
    }

    @Override
    public int videos() {
        return videos.size();
    }

    @Override
    public int frames(int video) {
        return videos.get(video).frames().size();
    }

    @Override
    public AnnotatedFrame load(int video, int frame) {
        YtvisVideo v = videos.get(video);
        Path file = v.frames().get(frame);
        RgbImage image = RgbImage.read(file);
        if (image.width() != v.width() || image.height() != v.height()) {
            throw UserError.inFile(file, "frame size " + image.width() + "x" + image.height() + " differs from video "
                    + v.id() + "'s size " + v.width() + "x" + v.height() + " in " + json);
        }
        AnnotatedFrame.Builder annotations = new AnnotatedFrame.Builder();
        for (int k = 0; k < v.tracks().size(); k++) {
            YtvisTrack t = v.tracks().get(k);
            annotations.add(k + 1, categoryIndex.getOrDefault(t.categoryId(), defaultCategory), t.segmentations().get(frame),
                    t.crowd());
        }
        return annotations.build(image);
    }
}
