package org.spacecoop.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code validate}, {@code stats}, {@code format}, {@code export}, {@code generate} and the analysis commands.
 * Headless, no JavaFX. Exit codes: 0 done, 1 bad input, 2 bad usage; messages on stderr, never a stack trace.
 *
 * <p>To add a command, list its class in {@code subcommands} below: that is the only change needed
 * (the launcher asks this class which names are commands).
 */
@Command(name = "space-coop-explorer", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Space Cooperation Explorer. Without a command the desktop app opens (with a file to open, if given).",
        subcommands = {
            ValidateCommand.class, StatsCommand.class, FormatCommand.class, ExportCommand.class, GenerateCommand.class,
            RankCommand.class, PathCommand.class, WhatIfCommand.class, BridgesCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int BAD_USAGE = 2;

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs a command line with the given output and error writers (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? BAD_USAGE : BAD_INPUT);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println(c.getCommandName() + ": " + ex.getMessage());
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return BAD_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter err = c.getErr();
            if (ex instanceof BadInput) err.println(c.getCommandName() + ": " + ex.getMessage());
            else err.println(c.getCommandName() + ": internal error: " + ex); // a bug, but still one line
            err.flush();
            return BAD_INPUT;
        });
        return cl;
    }

    /** The names of the commands, for the launcher to tell a command from a file to open. */
    public static Set<String> commandNames() {
        return commandLine().getSubcommands().keySet();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Space Cooperation Explorer " + (v == null ? "(development build)" : v)};
        }
    }
}
