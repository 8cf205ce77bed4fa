package org.statementworkbench.qa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of a batch command ({@code ./workbench qa}, {@code ./workbench tm}) as given: {@code --name value} or
 * {@code --name=value}, flags without a value, each at most once; unknown options, missing values and missing or
 * blank required options are refused with a one-line reason ending in the command's usage.
 */
public final class CommandLineValues {

    private CommandLineValues() {}

    /** The options of {@code args} by name ("" for a flag); empty when {@code --help} or {@code -h} was asked for. */
    public static Optional<Map<String, String>> read(
            String[] args, List<String> required, List<String> optional, List<String> flags, String usage) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return Optional.empty();
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (flags.contains(name)) {
                if (!name.equals(arg)) {
                    throw new QaInputException(name + " takes no value; " + usage);
                }
                values.put(name, "");
                continue;
            }
            if (!required.contains(name) && !optional.contains(name)) {
                throw new QaInputException(
                        (arg.startsWith("-") ? "unknown option " : "unexpected argument ") + arg + "; " + usage);
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new QaInputException(name + " needs a value; " + usage);
            }
            if (values.put(name, value) != null) {
                throw new QaInputException(name + " is given twice");
            }
        }
        for (String name : required) {
            required(values, name, usage);
        }
        return Optional.of(values);
    }

    /** The value of a required option; a clear error when it is missing or blank. */
    public static String required(Map<String, String> values, String name, String usage) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new QaInputException("missing " + name + "; " + usage);
        }
        return value;
    }
}
