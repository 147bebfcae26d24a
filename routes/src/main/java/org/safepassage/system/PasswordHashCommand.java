package org.safepassage.system;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code java -jar safepassage.jar hash-password}: asks for a password twice (on a terminal, without echo; from
 * standard input, one line) and prints its hash as an account's {@code password} takes it
 * ({@code {bcrypt}$2a$10$...}). The password itself is never printed or written anywhere.
 */
public final class PasswordHashCommand {

    public static final String NAME = "hash-password";
    static final int MIN_LENGTH = 8;

    private PasswordHashCommand() {
    }

    /** One line, read a byte at a time (nothing beyond its end is consumed), without its line break. */
    private static String line(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            bytes.write(b);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** @return the process exit code: 0 done, 1 refused */
    public static int run(Console console, InputStream in, PrintStream out, PrintStream err) {
        char[] password;
        if (console != null) {
            password = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            if (password == null || again == null || !Arrays.equals(password, again)) {
                err.println("The two passwords differ; nothing printed.");
                return 1;
            }
            Arrays.fill(again, ' ');
        } else {
            try {
                password = line(in).toCharArray();
            } catch (IOException e) {
                err.println("Cannot read the password from standard input: " + e.getMessage());
                return 1;
            }
        }
        if (password.length < MIN_LENGTH) {
            err.println("Refused: a password needs at least " + MIN_LENGTH + " characters.");
            return 1;
        }
        out.println("{bcrypt}" + new BCryptPasswordEncoder().encode(new String(password)));
        Arrays.fill(password, ' ');
        return 0;
    }
}
