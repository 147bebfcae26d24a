package org.safepassage.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * One service per data directory: before anything opens the broker journal or the database, the service takes an
 * exclusive lock on {@code <data-dir>/.lock} (and writes its process id and start time into it), and holds it until
 * it stops. A second process started on the same directory is refused with one line saying which process holds it.
 */
public class DataDirectoryLock implements ApplicationListener<ApplicationEvent> {

    private FileChannel channel;
    private FileLock lock;

    /** The data directory is held by another process. */
    public static final class DataDirectoryInUseException extends RuntimeException {
        private final Path directory;
        private final String holder;

        DataDirectoryInUseException(Path directory, String holder) {
            super("the data directory " + directory + " is in use by another SafePassage process (" + holder + ")");
            this.directory = directory;
            this.holder = holder;
        }

        public Path directory() {
            return directory;
        }

        public String holder() {
            return holder;
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            String dir = prepared.getEnvironment().getProperty("safepassage.data-dir");
            if (dir != null && !dir.isBlank()) {
                acquire(Path.of(dir).toAbsolutePath().normalize());
            }
        } else if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) {
            release();
        }
    }

    private synchronized void acquire(Path directory) {
        if (lock != null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(".lock");
            FileChannel opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock taken;
            try {
                taken = opened.tryLock();
            } catch (OverlappingFileLockException e) {
                taken = null;
            }
            if (taken == null) {
                String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
                opened.close();
                throw new DataDirectoryInUseException(directory, holder.isEmpty() ? "no details" : holder);
            }
            opened.truncate(0);
            opened.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started " + Instant.now())
                    .getBytes(StandardCharsets.UTF_8)));
            opened.force(false);
            channel = opened;
            lock = taken;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the data directory " + directory, e);
        }
    }

    private synchronized void release() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // the process ends or the context closes; the operating system drops the lock with the file handle
        } finally {
            lock = null;
            channel = null;
        }
    }
}
