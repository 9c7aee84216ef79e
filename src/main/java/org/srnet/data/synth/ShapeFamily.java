package org.srnet.data.synth;

/**
 * The object categories of the synthetic benchmark. Each family has its own silhouette and its own texture and
 * colour character, so that a category head has something to learn beyond the outline.
 *
 * <p>Shapes are defined in object-local coordinates (u, v) scaled so that the shape fits the unit disc; the
 * texture is evaluated in the same coordinates, so it rotates and scales with the object.
 */
public enum ShapeFamily {
    /** Smooth ellipse with a radial shading; warm hues (red to yellow). */
    ELLIPSE("ellipse", 0, 50),
    /** Rectangle with stripes across it; blue to cyan hues. */
    RECTANGLE("rectangle", 185, 240),
    /** Triangle with a checker pattern; green hues. */
    TRIANGLE("triangle", 80, 150),
    /** Five-pointed star with a speckled surface; magenta to purple hues. */
    STAR("star", 275, 330),
    /** Elliptic ring with concentric bands; pale, low-saturation colours of any hue. */
    RING("ring", 0, 360);

    private final String label;
    private final float hueMin;
    private final float hueMax;

    ShapeFamily(String label, float hueMin, float hueMax) {
        this.label = label;
        this.hueMin = hueMin;
        this.hueMax = hueMax;
    }

    /** The category name written to the YouTube-VIS JSON. */
    public String label() {
        return label;
    }

    /** The category id (1-based, the enum order). */
    public int categoryId() {
        return ordinal() + 1;
    }

    /** Lowest hue (degrees) of the family's colours. */
    public float hueMin() {
        return hueMin;
    }

    /** Highest hue (degrees) of the family's colours. */
    public float hueMax() {
        return hueMax;
    }

    /**
     * Whether local point (u, v) lies inside the shape.
     *
     * @param aspect the minor/major axis ratio of ellipses, rectangles and rings, in (0, 1]
     */
    public boolean contains(double u, double v, double aspect) {
        switch (this) {
            case ELLIPSE:
                return u * u + (v / aspect) * (v / aspect) <= 1;
            case RECTANGLE:
                return Math.abs(u) <= 0.9 && Math.abs(v) <= 0.9 * aspect;
            case TRIANGLE: {
                // Equilateral triangle inscribed in the unit circle: three half-planes at distance 1/2 from the centre.
                for (int k = 0; k < 3; k++) {
                    double a = Math.PI / 2 + k * 2 * Math.PI / 3;
                    if (u * Math.cos(a) + v * Math.sin(a) > 0.5) {
                        return false;
                    }
                }
                return true;
            }
            case STAR: {
                double r = Math.hypot(u, v);
                double c = Math.cos(2.5 * Math.atan2(v, u));
                return r <= 0.42 + 0.58 * c * c;
            }
            case RING: {
                double r = Math.sqrt(u * u + (v / aspect) * (v / aspect));
                return r <= 1 && r >= 0.55;
            }
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * The texture value in [0, 1] at local point (u, v): the mix between the object's two colours.
     *
     * @param frequency the object's pattern frequency (stripes, checks, bands per unit radius)
     * @param seed the object's texture seed (speckles)
     */
    public double texture(double u, double v, double frequency, int seed) {
        switch (this) {
            case ELLIPSE:
                return Math.min(1, 0.25 + 0.75 * (u * u + v * v) + 0.15 * Math.max(0, u + v));
            case RECTANGLE:
                return Math.sin(u * frequency * Math.PI) > 0 ? 1 : 0.15;
            case TRIANGLE:
                return ((int) Math.floor(u * frequency + 8) + (int) Math.floor(v * frequency + 8)) % 2 == 0 ? 1 : 0.2;
            case STAR: {
                int cu = (int) Math.floor((u + 2) * frequency * 1.5);
                int cv = (int) Math.floor((v + 2) * frequency * 1.5);
                return Noise.hash01(cu, cv, seed) > 0.6 ? 1 : 0.3 * Noise.hash01(cv, cu, seed + 1);
            }
            case RING: {
                double r = Math.hypot(u, v);
                return 0.5 + 0.5 * Math.cos(r * frequency * 2 * Math.PI);
            }
            default:
                throw new AssertionError(this);
        }
    }
}
