package org.safepassage.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;

import org.slf4j.LoggerFactory;

/**
 * Every log line the service writes while a test runs, as an operator would read it: level, logger, message
 * and the whole stack trace text (exception messages included). {@link #findAny} looks for personal data.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogCapture() {
    }

    /** Starts capturing everything logged through the root logger. */
    public static LogCapture capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogCapture capture = new LogCapture();
        capture.setContext(context);
        capture.setName("test-capture-" + System.identityHashCode(capture));
        capture.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder();
        line.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(": ")
                .append(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            line.append("\n  ").append(t.getClassName()).append(": ").append(t.getMessage());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                line.append("\n    ").append(frame.getSTEAsString());
            }
            for (IThrowableProxy suppressed : t.getSuppressed()) {
                line.append("\n  suppressed ").append(suppressed.getClassName()).append(": ").append(suppressed.getMessage());
            }
        }
        lines.add(line.toString());
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Lines at WARN or above. */
    public List<String> warnings() {
        return lines.stream().filter(l -> l.startsWith("WARN") || l.startsWith("ERROR")).toList();
    }

    /**
     * The captured lines (and the files given, e.g. the service's structured log) that contain any of the values as a
     * whole word (ignoring case): {@code CARRIE} is not found in "carrier".
     */
    public List<String> findAny(List<String> values, Path... files) {
        List<String> hits = new ArrayList<>();
        List<String> all = new ArrayList<>(lines);
        for (Path file : files) {
            try {
                if (Files.exists(file)) {
                    all.addAll(Files.readAllLines(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<java.util.regex.Pattern> patterns = values.stream().map(v -> java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(v.toUpperCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])"))
                .toList();
        for (String line : all) {
            String upper = line.toUpperCase(Locale.ROOT);
            for (int i = 0; i < values.size(); i++) {
                if (patterns.get(i).matcher(upper).find()) {
                    hits.add(values.get(i) + " in: " + line);
                }
            }
        }
        return hits;
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        stop();
    }
}
