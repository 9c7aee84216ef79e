package org.srnet.data.synth;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * The object categories of the synthetic world. A category is a silhouette family, open-ended: every object draws
 * its own outline (harmonics, vertices, spikes, thickness, letter). Each family has variants that training draws and
 * variants only the generalisation split draws ({@link WorldSplit}), so the category head must learn the family's
 * character, not a few outlines. Textures and colours are independent of the category ({@link Texture},
 * {@link Palette}).
 */
public enum ShapeFamily {
    /** Smooth blobs and ellipses; held out: two-lobed composites. */
    BLOB("blob"),
    /** Polygons of 3 to 6 vertices; held out: rectilinear composites (L, T and cross shapes). */
    POLYGON("polygon"),
    /** Stars of 4 to 6 points; held out: 7 to 9 thin points. */
    STAR("star"),
    /** Elliptic rings of any thickness; held out: polygonal frames. */
    RING("ring"),
    /** Letters A to M in sans-serif and serif fonts; held out: letters N to Z. */
    GLYPH("glyph");

    private final String label;

    ShapeFamily(String label) {
        this.label = label;
    }

    /** The category name written to the YouTube-VIS JSON. */
    public String label() {
        return label;
    }

    /** The category id (1-based, the enum order). */
    public int categoryId() {
        return ordinal() + 1;
    }

    /** Draws one outline of this family from the variants of {@code split}. */
    Silhouette sample(WorldSplit split, SplittableRandom rnd) {
        boolean heldOut = split == WorldSplit.HELD_OUT;
        double aspect = rnd.nextDouble(0.55, 1);
        return switch (this) {
            case BLOB -> heldOut
                    ? Silhouette.union(Silhouette.placed(blob(rnd, 1), -0.4, 0, 0.6),
                            Silhouette.placed(blob(rnd, 1), 0.4, rnd.nextDouble(-0.2, 0.2), 0.6))
                    : blob(rnd, aspect);
            case POLYGON -> heldOut ? rectilinear(rnd) : polygon(rnd, 3 + rnd.nextInt(4));
            case STAR -> star(rnd, heldOut ? 7 + rnd.nextInt(3) : 4 + rnd.nextInt(3), heldOut ? 0.25 : 0.45);
            case RING -> heldOut
                    ? Silhouette.ring(polygon(rnd, 4 + rnd.nextInt(3)), rnd.nextDouble(0.45, 0.7))
                    : Silhouette.ring(blob(rnd, aspect, 0), rnd.nextDouble(0.4, 0.75));
            case GLYPH -> glyph((char) ((heldOut ? 'N' : 'A') + rnd.nextInt(13)), rnd.nextBoolean() ? Font.SANS_SERIF : Font.SERIF);
        };
    }

    private static Silhouette.Radial blob(SplittableRandom rnd, double aspect) {
        return blob(rnd, aspect, 0.22);
    }

    /** r(θ) = 1 + Σ a_k cos(kθ + φ_k) for k = 2, 3, normalised to fit the unit disc, squashed by {@code aspect}. */
    private static Silhouette.Radial blob(SplittableRandom rnd, double aspect, double wobble) {
        double a2 = wobble * rnd.nextDouble();
        double a3 = wobble * 0.7 * rnd.nextDouble();
        double p2 = rnd.nextDouble(2 * Math.PI);
        double p3 = rnd.nextDouble(2 * Math.PI);
        double norm = 1 + a2 + a3;
        return angle -> {
            double r = (1 + a2 * Math.cos(2 * angle + p2) + a3 * Math.cos(3 * angle + p3)) / norm;
            // An ellipse of axes (1, aspect) has radius 1 / sqrt(cos² + sin²/aspect²) at this angle.
            double c = Math.cos(angle);
            double s = Math.sin(angle) / aspect;
            return r / Math.sqrt(c * c + s * s);
        };
    }

    /** A star-shaped polygon: n vertices at jittered angles and radii, straight edges between them. */
    private static Silhouette polygon(SplittableRandom rnd, int n) {
        double[] angle = new double[n];
        double[] radius = new double[n];
        double start = rnd.nextDouble(2 * Math.PI);
        for (int i = 0; i < n; i++) {
            angle[i] = start + (i + rnd.nextDouble(0, 0.6)) * 2 * Math.PI / n; // increasing, within one turn
            radius[i] = rnd.nextDouble(0.6, 1);
        }
        return (u, v) -> {
            if (u * u + v * v > 1) {
                return false;
            }
            double a = Math.atan2(v, u) - start;
            a -= 2 * Math.PI * Math.floor(a / (2 * Math.PI));
            // The sector whose two vertices bracket the point's angle; inside if on the centre's side of its edge.
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double ai = angle[i] - start;
                double aj = angle[j] - start + (j == 0 ? 2 * Math.PI : 0);
                double a2 = a < ai ? a + 2 * Math.PI : a;
                if (a2 >= ai && a2 < aj) {
                    double xi = radius[i] * Math.cos(angle[i]);
                    double yi = radius[i] * Math.sin(angle[i]);
                    double xj = radius[j] * Math.cos(angle[j]);
                    double yj = radius[j] * Math.sin(angle[j]);
                    return (xj - xi) * (v - yi) - (yj - yi) * (u - xi) >= 0;
                }
            }
            return false;
        };
    }

    /** Two overlapping bars: an L, a T or a cross. */
    private static Silhouette rectilinear(SplittableRandom rnd) {
        double t = rnd.nextDouble(0.18, 0.3);
        double shift = switch (rnd.nextInt(3)) {
            case 0 -> 0; // cross
            case 1 -> 0.7 - t; // T
            default -> -(0.7 - t); // L (with the offset bar)
        };
        double shift2 = rnd.nextBoolean() ? 0 : 0.7 - t;
        return (u, v) -> (Math.abs(u) <= 0.7 && Math.abs(v - shift) <= t) || (Math.abs(v) <= 0.7 && Math.abs(u - shift2) <= t);
    }

    /** r(θ) between {@code inner} and 1 with {@code points} spikes. */
    private static Silhouette.Radial star(SplittableRandom rnd, int points, double inner) {
        double phase = rnd.nextDouble(2 * Math.PI);
        double sharp = rnd.nextDouble(1, 3);
        return angle -> inner + (1 - inner) * Math.pow(Math.abs(Math.cos(points * (angle + phase) / 2)), sharp);
    }

    /** A letter as a 64×64 coverage bitmap fitted to the unit square inside the unit disc. */
    private static Silhouette glyph(char letter, String font) {
        int size = 64;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        GlyphVector gv = new Font(font, Font.BOLD, 100).createGlyphVector(g.getFontRenderContext(), String.valueOf(letter));
        Rectangle2D b = gv.getVisualBounds();
        double s = size / Math.max(b.getWidth(), b.getHeight());
        g.translate(size / 2.0, size / 2.0);
        g.scale(s, s);
        g.translate(-b.getCenterX(), -b.getCenterY());
        g.fill(gv.getOutline());
        g.dispose();
        boolean[] on = new boolean[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                on[y * size + x] = (img.getRaster().getSample(x, y, 0)) > 127;
            }
        }
        double half = Math.sqrt(0.5); // the square [−half, half]² fits the unit disc
        return (u, v) -> {
            int x = (int) Math.floor((u / half + 1) / 2 * size);
            int y = (int) Math.floor((v / half + 1) / 2 * size);
            return x >= 0 && y >= 0 && x < size && y < size && on[y * size + x];
        };
    }
}
