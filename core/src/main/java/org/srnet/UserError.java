package org.srnet;

import java.nio.file.Path;

/**
 * A problem the user can fix: a bad path, an unreadable frame, malformed JSON, a size mismatch, a bad config
 * value. The CLI prints its message alone, without a stack trace, so the message must name the file (or
 * option) and say what is wrong with it.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }

    /** "{file}: {problem}", the one shape every file-related message takes. */
    public static UserError inFile(Path file, String problem) {
        return new UserError(file + ": " + problem);
    }

    public static UserError inFile(Path file, String problem, Throwable cause) {
        return new UserError(file + ": " + problem, cause);
    }
}
