package org.srnet.methods.framediff;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;

/**
 * A still, textured background with two squares sliding across it in opposite directions: what a frame-difference
 * baseline is built for. Frames and labels (1 and 2; 0 = background) can be written as a DAVIS root.
 */
public final class MovingSquares {
    public static final int WIDTH = 160;
    /** Frames before the squares reach the far side. */
    public static final int FRAMES = 20;
    public static final int HEIGHT = 96;
    public static final int SIDE = 20;
    private final int[] background = new int[WIDTH * HEIGHT];

    public MovingSquares(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < background.length; i++) {
            int v = 90 + rnd.nextInt(30); // texture the difference threshold must see through
            background[i] = (v << 16) | ((v + 10) << 8) | (v - 20);
        }
    }

    /** Label of pixel (x, y) in frame t: square 1 moves right along the top, square 2 left along the bottom. */
    public static int label(int t, int x, int y) {
        int x1 = 2 + 6 * t;
        int x2 = WIDTH - 2 - SIDE - 6 * t;
        if (x >= x1 && x < x1 + SIDE && y >= 16 && y < 16 + SIDE) {
            return 1;
        }
        if (x >= x2 && x < x2 + SIDE && y >= 56 && y < 56 + SIDE) {
            return 2;
        }
        return 0;
    }

    /** Frame t. */
    public BufferedImage frame(int t) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int l = label(t, x, y);
                img.setRGB(x, y, l == 1 ? 0xE03020 : l == 2 ? 0x20C040 : background[y * WIDTH + x]);
            }
        }
        return img;
    }

    /** The labels of frame t. */
    public static LabelMap labels(int t) {
        byte[] m = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                m[y * WIDTH + x] = (byte) label(t, x, y);
            }
        }
        return new LabelMap(WIDTH, HEIGHT, m);
    }

    /** Writes {@code frames} frames as sequence {@code name} of a DAVIS root with the split {@code val}. */
    public void writeDavis(Path root, String name, int frames) throws IOException {
        Path images = Files.createDirectories(root.resolve("JPEGImages/480p").resolve(name));
        Path labels = Files.createDirectories(root.resolve("Annotations_unsupervised/480p").resolve(name));
        for (int t = 0; t < frames; t++) {
            String frame = String.format("%05d", t);
            ImageIO.write(frame(t), "jpg", images.resolve(frame + ".jpg").toFile());
            PalettePng.write(labels.resolve(frame + ".png"), labels(t));
        }
        Files.createDirectories(root.resolve("ImageSets/2017"));
        Files.writeString(root.resolve("ImageSets/2017/val.txt"), name + "\n");
    }
}
