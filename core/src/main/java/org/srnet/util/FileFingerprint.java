package org.srnet.util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short identity of a list of input files: SHA-256 over each file's absolute path, size and modification time,
 * the test {@code make} and {@code rsync} use. Reading every frame's bytes a second time would cost as much as
 * decoding them; a file replaced, edited, truncated or re-exported changes its size or time, so the cheap identity
 * tells "the same input" from "another input" in practice.
 */
public final class FileFingerprint {
    private FileFingerprint() {}

    /** The identity of {@code files}, in order, as 16 hex digits. */
    public static String of(List<Path> files) {
        MessageDigest sha = sha256();
        for (Path f : files) {
            String line;
            try {
                line = f.toAbsolutePath().normalize() + "\t" + Files.size(f) + "\t" + Files.getLastModifiedTime(f).toMillis() + "\n";
            } catch (IOException e) {
                line = f.toAbsolutePath().normalize() + "\tmissing\n";
            }
            sha.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    /** A SHA-256 digest (every JVM has one). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
