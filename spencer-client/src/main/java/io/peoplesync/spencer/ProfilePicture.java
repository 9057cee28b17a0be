package io.peoplesync.spencer;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The profile-picture request body, {@code {"media": "<base64 image>"}}. Turning an image into that
 * string is model work and lives only here; the HTTP body itself is written by the core.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProfilePicture.class)
interface ProfilePicture {
  /** Returns the image, base64-encoded; redacted so that image data never fills a log line. */
  @Value.Redacted
  String media();

  static ProfilePicture of(byte[] image) {
    Objects.requireNonNull(image, "image == null");
    if (image.length == 0) {
      throw new IllegalArgumentException("image must not be empty");
    }
    return ImmutableProfilePicture.builder()
        .media(Base64.getEncoder().encodeToString(image))
        .build();
  }

  static ProfilePicture fromFile(Path imageFile) {
    Objects.requireNonNull(imageFile, "imageFile == null");
    try {
      return of(Files.readAllBytes(imageFile));
    } catch (IOException e) {
      throw new UncheckedIOException("imageFile cannot be read: " + imageFile.getFileName(), e);
    }
  }
}
