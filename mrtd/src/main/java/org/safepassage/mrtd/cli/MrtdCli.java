package org.safepassage.mrtd.cli;

import java.io.PrintWriter;

import org.safepassage.mrtd.crypto.Crypto;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line verifier: {@code java -jar mrtd-cli.jar verify ...} and {@code mrz LINE1 LINE2 [LINE3]}.
 * Prints a JSON report on standard output.
 */
@Command(name = "mrtd-cli", mixinStandardHelpOptions = true,
        description = "ICAO Doc 9303 travel document verification",
        subcommands = {MrzCommand.class, VerifyCommand.class})
public final class MrtdCli implements Runnable {

    public static final int EXIT_VALID = 0;
    public static final int EXIT_INVALID = 1;
    public static final int EXIT_INDETERMINATE = 2;
    public static final int EXIT_USAGE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: verify or mrz");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Crypto.init();
        CommandLine cl = new CommandLine(new MrtdCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("error: " + ex.getMessage());
            return EXIT_USAGE;
        });
        cl.setExitCodeExceptionMapper(t -> EXIT_USAGE);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
