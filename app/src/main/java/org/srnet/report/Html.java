package org.srnet.report;

/**
 * Escaping of text for HTML and SVG, element content and attribute values alike. Every string that reaches the
 * report (video and frame names, category names, card values, notes) passes through here.
 */
final class Html {
    private Html() {}

    /** Returns {@code s} with the five characters that can end text or an attribute replaced by references. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
