package org.srnet.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.srnet.UserError;
import org.srnet.image.RgbImage;
import org.srnet.mask.Rle;

/**
 * A data set of annotated videos as training videos: a YouTube-VIS JSON, or a COCO JSON whose images are videos of one
 * frame. Object k of a video is its k-th annotation; crowd annotations are regions to ignore.
 */
final class AnnotationCorpus implements Corpus {
    /**
     * One video (or image) of the data set.
     *
     * @param id      its id in the JSON, for messages
     * @param width   its size as the JSON says
     * @param height  its size as the JSON says
     * @param frames  its frame files
     * @param objects its annotations, in order
     */
    record Video(long id, int width, int height, List<Path> frames, List<Annotation> objects) {}

    /** One annotation: its data set category, whether it is a crowd region, and its mask in a frame. */
    record Annotation(int categoryId, boolean crowd, IntFunction<Rle> mask) {}

    private final Path json;
    /** "video" or "image", as the data set calls its units. */
    private final String unit;
    private final List<Video> videos;
    private final Map<Integer, Integer> categoryIndex;
    private final int defaultCategory;

    /**
     * @param categoryIndex data set category id → training category index (missing = {@code defaultCategory})
     * @param defaultCategory the index for categories not in the map (1 class-agnostic, else 0)
     */
    private AnnotationCorpus(Path json, String unit, List<Video> videos, Map<Integer, Integer> categoryIndex,
            int defaultCategory) {
        this.json = json;
        this.unit = unit;
        this.videos = List.copyOf(videos);
        this.categoryIndex = Map.copyOf(categoryIndex);
        this.defaultCategory = defaultCategory;
    }

    /** A YouTube-VIS data set: track k = the k-th annotation of the video. */
    static AnnotationCorpus ytvis(YtvisDataset dataset, Map<Integer, Integer> categoryIndex, int defaultCategory) {
        List<Video> videos = new ArrayList<>(dataset.videos().size());
        for (YtvisVideo v : dataset.videos()) {
            List<Annotation> objects = v.tracks().stream()
                    .map(t -> new Annotation(t.categoryId(), t.crowd(), t.segmentations()::get)).toList();
            videos.add(new Video(v.id(), v.width(), v.height(), v.frames(), objects));
        }
        return new AnnotationCorpus(dataset.json(), "video", videos, categoryIndex, defaultCategory);
    }

    /** A COCO data set as one-frame videos, the source of synthesized pairs; images with only crowd regions are left out. */
    static AnnotationCorpus coco(Path json, CocoDataset dataset, Map<Integer, Integer> categoryIndex, int defaultCategory) {
        List<Video> videos = new ArrayList<>();
        for (CocoImage im : dataset.images()) {
            if (im.objects().stream().anyMatch(o -> !o.crowd())) {
                List<Annotation> objects = im.objects().stream()
                        .map(o -> new Annotation(o.categoryId(), o.crowd(), frame -> o.mask())).toList();
                videos.add(new Video(im.id(), im.width(), im.height(), List.of(im.file()), objects));
            }
        }
        return new AnnotationCorpus(json, "image", videos, categoryIndex, defaultCategory);
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
        Video v = videos.get(video);
        Path file = v.frames().get(frame);
        RgbImage image = RgbImage.read(file);
        if (image.width() != v.width() || image.height() != v.height()) {
            throw UserError.inFile(file, (unit.equals("image") ? "image" : "frame") + " size " + image.width() + "x"
                    + image.height() + " differs from " + unit + " " + v.id() + "'s size " + v.width() + "x" + v.height()
                    + " in " + json);
        }
        AnnotatedFrame.Builder annotations = new AnnotatedFrame.Builder();
        for (int k = 0; k < v.objects().size(); k++) {
            Annotation a = v.objects().get(k);
            annotations.add(k + 1, categoryIndex.getOrDefault(a.categoryId(), defaultCategory), a.mask().apply(frame),
                    a.crowd());
        }
        return annotations.build(image);
    }
}
