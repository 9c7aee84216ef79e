package org.srnet.util;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.srnet.UserError;

/**
 * The one place where text that comes from input data becomes a path: a {@code file_names} entry of a YouTube-VIS
 * file, a sequence name of a DAVIS split list, a COCO {@code file_name}, a video's name used to name its output
 * folder. Data files are written by other people and tools, so such text must never reach outside the folder it
 * belongs to: reading {@code /etc/passwd} because a JSON says so, or overwriting the user's own frames with
 * overlays because a name climbs out with {@code ..}, is what this prevents.
 *
 * <p>Entries that name files to read are checked and rejected with a message naming the declaring file; names
 * that become output folders are sanitised instead, since a video's name is only a label there.
 */
public final class ConfinedPaths {
    /** Longest sanitised name; file systems commonly allow 255 bytes, and a frame name or suffix is appended. */
    private static final int MAX_NAME = 120;

    private ConfinedPaths() {}

    /**
     * Checks that {@code entry} is a relative path that stays inside whatever root it is resolved against, and
     * returns it normalised.
     *
     * @param declaringFile the file the entry comes from, named in the error
     * @param what          what the entry is, e.g. {@code videos[3].file_names[0]}
     */
    public static Path relative(String entry, Path declaringFile, String what) {
        Path rel;
        try {
            rel = Path.of(entry);
        } catch (InvalidPathException e) {
            throw UserError.inFile(declaringFile, what + " '" + entry + "' is not a valid path");
        }
        if (entry.isEmpty() || rel.isAbsolute() || entry.startsWith("/") || entry.startsWith("\\")) {
            throw UserError.inFile(declaringFile, what + " '" + entry + "' must be a path relative to its root");
        }
        for (Path part : rel) {
            if (part.toString().equals("..")) {
                throw UserError.inFile(declaringFile, what + " '" + entry + "' escapes its root: '..' is not allowed in data paths");
            }
        }
        return rel.normalize();
    }

    /** Resolves a {@link #relative} entry under {@code root}; the result is always inside {@code root}. */
    public static Path resolve(Path root, String entry, Path declaringFile, String what) {
        Path resolved = root.resolve(relative(entry, declaringFile, what)).normalize();
        if (!resolved.startsWith(root.normalize())) {
            throw UserError.inFile(declaringFile, what + " '" + entry + "' leaves " + root);
        }
        return resolved;
    }

    /**
     * A file or folder name made from a label such as a video name: path separators, control characters and
     * anything else outside letters, digits, space and {@code . _ - +} become {@code _}, a leading dot becomes
     * {@code _} (no hidden files, no {@code .} or {@code ..}), and very long names are cut. DAVIS and YouTube-VIS
     * names ({@code bike-packing}, {@code 0043f083b5}) come out unchanged.
     */
    public static String safeName(String label) {
        StringBuilder b = new StringBuilder(Math.min(label.length(), MAX_NAME));
        for (int i = 0; i < label.length() && b.length() < MAX_NAME; i++) {
            char c = label.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '_' || c == '-' || c == '+';
            b.append(ok ? c : '_');
        }
        if (b.length() == 0) {
            return "_";
        }
        if (b.charAt(0) == '.') {
            b.setCharAt(0, '_');
        }
        return b.toString();
    }

    /** {@code dir/<safeName(label)><suffix>}: an output file or folder named after a label, inside {@code dir}. */
    public static Path named(Path dir, String label, String suffix) {
        return dir.resolve(safeName(label) + suffix);
    }
}
