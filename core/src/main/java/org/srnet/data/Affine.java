package org.srnet.data;

/**
 * A 2-D affine map {@code (x, y) → (a·x + b·y + c, d·x + e·y + f)} in continuous pixel coordinates (pixel
 * (i, j) covers [i, i+1) × [j, j+1), its centre is (i + .5, j + .5)).
 */
record Affine(double a, double b, double c, double d, double e, double f) {
    static final Affine IDENTITY = new Affine(1, 0, 0, 0, 1, 0);

    static Affine translation(double tx, double ty) {
        return new Affine(1, 0, tx, 0, 1, ty);
    }

    static Affine scaling(double sx, double sy) {
        return new Affine(sx, 0, 0, 0, sy, 0);
    }

    /** Rotation by {@code radians} (counter-clockwise on screen, where y points down, is clockwise). */
    static Affine rotation(double radians) {
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        return new Affine(cos, -sin, 0, sin, cos, 0);
    }

    /** Horizontal shear: x += tan(angle)·y. */
    static Affine shear(double radians) {
        return new Affine(1, Math.tan(radians), 0, 0, 1, 0);
    }

    /** This map applied after {@code first}: {@code this(first(p))}. */
    Affine after(Affine first) {
        return new Affine(a * first.a + b * first.d, a * first.b + b * first.e, a * first.c + b * first.f + c,
                d * first.a + e * first.d, d * first.b + e * first.e, d * first.c + e * first.f + f);
    }

    Affine inverse() {
        double det = a * e - b * d;
        if (Math.abs(det) < 1e-12) {
            throw new IllegalArgumentException("affine map is not invertible");
        }
        double ia = e / det;
        double ib = -b / det;
        double id = -d / det;
        double ie = a / det;
        return new Affine(ia, ib, -(ia * c + ib * f), id, ie, -(id * c + ie * f));
    }

    double x(double x, double y) {
        return a * x + b * y + c;
    }

    double y(double x, double y) {
        return d * x + e * y + f;
    }
}
