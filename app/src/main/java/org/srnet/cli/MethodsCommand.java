package org.srnet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.srnet.method.Method;
import org.srnet.method.Methods;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code srnet methods}: the methods this srnet hosts, the name each records in its model.json. */
@Command(name = "methods", mixinStandardHelpOptions = true,
        description = "List the segmentation methods: 'segment --model DIR' runs the one named in DIR/model.json "
                + "(srnet when it names none), 'demo --method NAME' runs its bundled model.")
final class MethodsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Method m : Methods.all()) {
            out.printf("%-18s %s%n", m.name(), m.description());
            if (m.bundledModel() != null) {
                out.printf("%-18s bundled model: %s%n", "", m.bundledModel());
            }
        }
        out.flush();
        return 0;
    }
}
