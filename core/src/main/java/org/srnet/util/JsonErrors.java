package org.srnet.util;

import java.nio.file.Path;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;

import org.srnet.UserError;

/**
 * The one message for a JSON file that does not parse: "{file}: malformed JSON at line L, column C (what the parser
 * expected)". Jackson's own message embeds a second location with a "[Source: REDACTED ...]" note about a parser
 * feature, which tells a user nothing, so that part is cut.
 */
public final class JsonErrors {
    private JsonErrors() {}

    /** A {@link UserError} naming {@code file}, the line and column, and the parser's complaint. */
    public static UserError malformed(Path file, JacksonException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage()
                .replaceAll("\\s*\\((start marker )?at \\[Source:[^\\]]*\\][^)]*\\)", "").strip();
        return UserError.inFile(file, "malformed JSON" + where + (what.isEmpty() ? "" : " (" + what + ")"), e);
    }
}
