package org.srnet.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** A JSON file that does not parse gets one readable message, without Jackson's "[Source: REDACTED ...]". */
class JsonErrorsTest {

    @Test
    void namesFileLineAndColumnWithoutTheParsersSourceNote() {
        Path file = Path.of("broken.json");
        try {
            new ObjectMapper().readTree("{\"videos\": [\n");
        } catch (JacksonException e) {
            String m = JsonErrors.malformed(file, e).getMessage();
            assertThat(m).startsWith("broken.json: malformed JSON at line 2, column ").contains("expected close marker")
                    .doesNotContain("REDACTED").doesNotContain("Source");
            return;
        }
        throw new AssertionError("the JSON parsed");
    }
}
