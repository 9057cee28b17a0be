package io.peoplesync.core;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed {@code Content-Type}: the type/subtype and its charset. Lenient: anything unreadable
 * gives an empty type.
 */
public final class MediaType {
  private final String type;
  private final Charset charset;

  private MediaType(String type, Charset charset) {
    this.type = type;
    this.charset = charset;
  }

  // Every response of a client usually carries the same Content-Type: parse each value once.
  private static volatile Parsed last = new Parsed("", new MediaType("", StandardCharsets.UTF_8));

  /** Parses a {@code Content-Type} value; an unknown charset falls back to UTF-8. */
  public static MediaType parse(String contentType) {
    if (contentType == null) {
      return new MediaType("", StandardCharsets.UTF_8);
    }
    Parsed cached = last;
    if (cached.source.equals(contentType)) {
      return cached.type;
    }
    MediaType parsed = parseUncached(contentType);
    last = new Parsed(contentType, parsed);
    return parsed;
  }

  private static MediaType parseUncached(String contentType) {
    int semicolon = contentType.indexOf(';');
    String type =
        (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
            .trim()
            .toLowerCase(Locale.ROOT);
    Charset charset = StandardCharsets.UTF_8;
    while (semicolon >= 0) {
      int next = contentType.indexOf(';', semicolon + 1);
      String p =
          (next < 0
                  ? contentType.substring(semicolon + 1)
                  : contentType.substring(semicolon + 1, next))
              .trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String name = p.substring(8).trim().replace("\"", "");
        try {
          charset = Charset.forName(name);
        } catch (RuntimeException e) {
          charset = StandardCharsets.UTF_8;
        }
      }
      semicolon = next;
    }
    return new MediaType(type, charset);
  }

  /** One header value and what it parsed to. */
  private static final class Parsed {
    final String source;
    final MediaType type;

    Parsed(String source, MediaType type) {
      this.source = source;
      this.type = type;
    }
  }

  /** Returns the lower-case {@code type/subtype}, empty when none was given. */
  public String type() {
    return type;
  }

  /** Returns the charset, UTF-8 unless the header named another. */
  public Charset charset() {
    return charset;
  }

  /**
   * Returns the format this type denotes: JSON for any {@code json} type, XML for any {@code xml}.
   */
  public Optional<MediaFormat> format() {
    if (type.endsWith("/json") || type.endsWith("+json")) {
      return Optional.of(MediaFormat.JSON);
    }
    if (type.endsWith("/xml") || type.endsWith("+xml")) {
      return Optional.of(MediaFormat.XML);
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return type + "; charset=" + charset.name();
  }
}
