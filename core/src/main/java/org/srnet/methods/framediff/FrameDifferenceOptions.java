package org.srnet.methods.framediff;

/**
 * The parameters of the frame-difference baseline; nothing is learnt. Frames are averaged over square cells, a cell
 * is foreground when its colour differs enough from the background (the median of the last frames), connected
 * foreground cells are objects, and an object continues the previous frame's track it overlaps most.
 *
 * @param cellSize      side of a cell in frame pixels (4, like SRNet's 1/4-resolution heads)
 * @param history       the background of a frame is, cell by cell and channel by channel, the median of this many
 *                      previous frames (fewer at the start of a video; the first frame has none and no objects). An
 *                      object is background where it covered a cell in more than half of them, i.e. when it moves
 *                      less than its size in about {@code history / 2} frames
 * @param threshold     a cell is foreground when some colour channel differs from the background by more than this
 *                      fraction of the full range
 * @param minCells      objects of fewer cells are dropped
 * @param maxInstances  objects per frame at most; the largest are kept (DAVIS-2019 allows 20)
 * @param minIou        an object continues a track of the previous frame only if their masks overlap at least this
 *                      much (intersection over union, in cells); otherwise it starts a new track
 * @param inputWidth    the frame width the baseline is meant for (the demo renders its videos at this size); frames
 *                      of any size are segmented
 * @param inputHeight   the frame height, likewise
 */
public record FrameDifferenceOptions(int cellSize, int history, double threshold, int minCells, int maxInstances,
        double minIou, int inputWidth, int inputHeight) {

    /** The values {@code models/frame-difference} records: set by hand, not tuned on any data. */
    public static final FrameDifferenceOptions DEFAULT = new FrameDifferenceOptions(4, 9, 0.1, 6, 20, 0.1, 320, 192);

    public FrameDifferenceOptions {
        if (cellSize < 1) {
            throw new IllegalArgumentException("cellSize must be >= 1, got " + cellSize);
        }
        if (history < 1) {
            throw new IllegalArgumentException("history must be >= 1, got " + history);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
        }
        if (minCells < 1 || maxInstances < 1) {
            throw new IllegalArgumentException("minCells and maxInstances must be >= 1, got " + minCells + " and " + maxInstances);
        }
        if (!(minIou > 0 && minIou <= 1)) {
            throw new IllegalArgumentException("minIou must be in (0, 1], got " + minIou);
        }
        if (inputWidth < 1 || inputHeight < 1) {
            throw new IllegalArgumentException("inputWidth and inputHeight must be >= 1");
        }
    }
}
