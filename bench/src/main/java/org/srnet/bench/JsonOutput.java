package org.srnet.bench;

import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --json FILE} option of every benchmark command: the results, with the command's options, as JSON. */
public final class JsonOutput {
    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path file;

    /** Writes {@code results} of {@code benchmark} with the options of {@code spec}, when {@code --json} was given. */
    public void write(CommandSpec spec, String benchmark, Object results) {
        if (file != null) {
            BenchJson.write(file, benchmark, BenchOptions.parameters(spec), results);
        }
    }
}
