package io.peoplesync.core.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the ISO-8601 instants and dates vendors send ({@code 2024-02-01T09:15:42.007Z}, {@code
 * 2019-03-01}) without {@link java.time.format.DateTimeFormatter}, which builds a parse context,
 * maps and a formatter for every value: about a third of the bytes and much of the CPU of reading a
 * Pepper page went there.
 *
 * <p>Only the plain shapes are read here: {@code yyyy-MM-dd'T'HH:mm:ss[.S{1,9}](Z|±HH:mm)} and
 * {@code yyyy-MM-dd}. Anything else (lower-case letters, a leap second, a number, an empty string,
 * a per-property format) goes to Jackson's own deserializer, so what is accepted and how it is read
 * does not change.
 */
public final class IsoTime {
  private IsoTime() {}

  /** Returns a module to register after {@code JavaTimeModule}, so that it takes precedence. */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("peoplesync-iso-time");
    module.addDeserializer(Instant.class, new InstantReader(InstantDeserializer.INSTANT));
    module.addDeserializer(LocalDate.class, new LocalDateReader(LocalDateDeserializer.INSTANCE));
    return module;
  }

  /**
   * Returns the instant {@code s} denotes, or null if it is not of the plain shape (the caller then
   * asks the full parser, which also reports errors).
   */
  static Instant parseInstant(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    LocalDate date = parseDate(s);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (date == null || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        nanos = nanos * 10 + (s.charAt(i) - '0');
        i++;
      }
      int count = i - start;
      if (count == 0 || count > 9) {
        return null;
      }
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offset;
    if (i == n - 1 && s.charAt(i) == 'Z') {
      offset = 0;
    } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if (oh > 18 || om > 59) {
        return null;
      }
      offset = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
      return null;
    }
    long seconds = date.toEpochDay() * 86_400 + hour * 3600 + minute * 60 + second - offset;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** Returns the date at the start of {@code s} ({@code yyyy-MM-dd}), or null. */
  static LocalDate parseDate(String s) {
    if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // February 30 and the like: let the full parser report it.
    }
  }

  /** Returns the non-negative number written by {@code count} digits at {@code from}, or -1. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The fast path for {@link Instant}, falling back to Jackson's deserializer. */
  private static final class InstantReader extends StdScalarDeserializer<Instant>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final JsonDeserializer<Instant> fallback;

    InstantReader(JsonDeserializer<Instant> fallback) {
      super(Instant.class);
      this.fallback = fallback;
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        Instant fast = parseInstant(p.getText());
        if (fast != null) {
          return fast;
        }
      }
      return fallback.deserialize(p, ctxt);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      return contextual(this, fallback, ctxt, property);
    }
  }

  /** The fast path for {@link LocalDate}, falling back to Jackson's deserializer. */
  private static final class LocalDateReader extends StdScalarDeserializer<LocalDate>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final JsonDeserializer<LocalDate> fallback;

    LocalDateReader(JsonDeserializer<LocalDate> fallback) {
      super(LocalDate.class);
      this.fallback = fallback;
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String text = p.getText();
        LocalDate fast = text.length() == 10 ? parseDate(text) : null;
        if (fast != null) {
          return fast;
        }
      }
      return fallback.deserialize(p, ctxt);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      return contextual(this, fallback, ctxt, property);
    }
  }

  /**
   * Keeps the fast path unless the property changes how Jackson's deserializer reads (a {@code
   * JsonFormat} pattern, shape, leniency, locale or time zone): then that configured deserializer
   * is used alone.
   */
  private static JsonDeserializer<?> contextual(
      JsonDeserializer<?> fast,
      JsonDeserializer<?> fallback,
      DeserializationContext ctxt,
      BeanProperty property)
      throws JsonMappingException {
    Class<?> type = fast.handledType();
    JsonFormat.Value f =
        property == null
            ? ctxt.getDefaultPropertyFormat(type)
            : property.findPropertyFormat(ctxt.getConfig(), type);
    boolean plain =
        f == null
            || !(f.hasPattern()
                || f.hasShape()
                || f.hasLenient()
                || f.hasLocale()
                || f.hasTimeZone());
    if (plain || !(fallback instanceof ContextualDeserializer)) {
      return plain ? fast : fallback;
    }
    return ((ContextualDeserializer) fallback).createContextual(ctxt, property);
  }
}
