package io.blastwatch.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process at a time over a broker's data directory. Two brokers over one directory (a {@code reset} while
 * {@code run} is up) fight over the KRaft log and corrupt it, and Kafka's own lock comes too late to prevent that.
 * The operating system releases the lock when the process dies, so a crash leaves nothing to clean up.
 */
final class DataDirLock implements AutoCloseable {

    static final String FILE_NAME = "blastwatch.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("the broker data in " + dataDir.toAbsolutePath().normalize()
                        + " is in use by another blastwatch process (is run still running?); stop it first");
            }
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the open failed already; that is the error worth reporting
                }
            }
            throw new UncheckedIOException("cannot lock the broker data in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock on the broker data", e);
        }
    }
}
