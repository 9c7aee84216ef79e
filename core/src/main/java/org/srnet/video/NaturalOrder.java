package org.srnet.video;

import java.util.Comparator;

/**
 * Orders names the way people number frames: runs of digits compare by numeric value ("2.jpg" &lt; "10.jpg"),
 * everything else character by character. Equal numbers with different zero padding put the shorter spelling
 * first, so the order is total and stable.
 */
public final class NaturalOrder implements Comparator<String> {
    /** The shared instance (stateless). */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        int paddingTieBreak = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int zi = si;
                while (zi < i - 1 && a.charAt(zi) == '0') {
                    zi++;
                }
                int zj = sj;
                while (zj < j - 1 && b.charAt(zj) == '0') {
                    zj++;
                }
                int la = i - zi;
                int lb = j - zj;
                if (la != lb) {
                    return Integer.compare(la, lb);
                }
                for (int k = 0; k < la; k++) {
                    int d = Character.compare(a.charAt(zi + k), b.charAt(zj + k));
                    if (d != 0) {
                        return d;
                    }
                }
                if (paddingTieBreak == 0) {
                    paddingTieBreak = Integer.compare(i - si, j - sj);
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : paddingTieBreak;
    }
}
