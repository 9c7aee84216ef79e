package org.srnet.data.synth;

/** A shape in its own coordinates: (u, v) in the unit disc around the shape's centre. */
interface Silhouette {
    /** Whether local point (u, v) lies inside the shape. */
    boolean contains(double u, double v);

    /** A closed curve given by its radius at each angle (blobs, stars): star-shaped about the centre. */
    interface Radial extends Silhouette {
        double radius(double angle);

        @Override
        default boolean contains(double u, double v) {
            double r2 = u * u + v * v;
            if (r2 > 1) {
                return false;
            }
            double r = radius(Math.atan2(v, u));
            return r2 <= r * r;
        }
    }

    /** The union of two shapes (composites). */
    static Silhouette union(Silhouette a, Silhouette b) {
        return (u, v) -> a.contains(u, v) || b.contains(u, v);
    }

    /** A frame: the shape minus a scaled copy of itself. */
    static Silhouette ring(Silhouette outer, double inner) {
        return (u, v) -> outer.contains(u, v) && !outer.contains(u / inner, v / inner);
    }

    /** The shape moved by (du, dv) and scaled by s (callers keep the result inside the unit disc). */
    static Silhouette placed(Silhouette s, double du, double dv, double scale) {
        return (u, v) -> s.contains((u - du) / scale, (v - dv) / scale);
    }
}
