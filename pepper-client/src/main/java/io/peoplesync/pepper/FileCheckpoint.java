package io.peoplesync.pepper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the checkpoint in a small text file holding one ISO-8601 instant.
 *
 * <p>A save writes a temporary file beside the target and moves it over the target atomically where
 * the file system allows, so a crash leaves either the old or the new instant, never a torn file.
 * Use one file per poller.
 */
public final class FileCheckpoint implements Checkpoint {
  private final Path file;

  private FileCheckpoint(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** Returns a checkpoint kept in {@code file}; the file and its directory are made on save. */
  public static FileCheckpoint at(Path file) {
    return new FileCheckpoint(Objects.requireNonNull(file, "file == null"));
  }

  /**
   * Returns the instant in the file, or empty when there is no file yet.
   *
   * @throws IllegalStateException if the file holds something else than an instant
   * @throws UncheckedIOException if the file cannot be read
   */
  @Override
  public Optional<Instant> load() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read checkpoint " + file, e);
    }
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "checkpoint " + file + " does not hold an ISO-8601 instant", e);
    }
  }

  /**
   * Replaces the file's content with {@code upTo}, atomically where supported.
   *
   * @throws UncheckedIOException if the file cannot be written; the old content stays
   */
  @Override
  public void save(Instant upTo) {
    Objects.requireNonNull(upTo, "upTo == null");
    Path dir = file.getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      Files.writeString(temp, upTo + "\n", StandardCharsets.UTF_8);
      move(temp, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + file, e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the target is already written or the original error is more useful
      }
    }
  }

  @Override
  public String toString() {
    return "FileCheckpoint{" + file + "}";
  }
}
