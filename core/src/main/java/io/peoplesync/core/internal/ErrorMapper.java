package io.peoplesync.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.ApiResponseException;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.ConflictException;
import io.peoplesync.core.EndpointInfo;
import io.peoplesync.core.ErrorDetails;
import io.peoplesync.core.MediaType;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.core.RateLimitException;
import io.peoplesync.core.ResponseFailure;
import io.peoplesync.core.ServerException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** The one place that maps an unsuccessful status to its exception. */
public final class ErrorMapper {
  /** Bodies kept on exceptions are cut to this many characters. */
  public static final int MAX_BODY_CHARS = 4096;

  private final Codecs codecs;
  private final BiFunction<Integer, JsonNode, ErrorDetails> parser;
  private final Redactor redactor;
  private final Clock clock;

  /** Creates a mapper for one client. */
  public ErrorMapper(
      Codecs codecs,
      BiFunction<Integer, JsonNode, ErrorDetails> parser,
      Redactor redactor,
      Clock clock) {
    this.codecs = codecs;
    this.parser = parser;
    this.redactor = redactor;
    this.clock = clock;
  }

  /** Returns the exception for {@code response}, which must not be a success. */
  public ApiResponseException map(EndpointInfo endpoint, ApiResponse response) {
    MediaType type = MediaType.parse(response.header("content-type").orElse(null));
    String text = new String(response.body(), type.charset());
    String excerpt =
        redactor.scrub(text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) : text);
    ErrorDetails details = scrub(details(response, type, text));
    ResponseFailure failure =
        new ResponseFailure(
            endpoint.name(),
            endpoint.method().name(),
            endpoint.path(),
            response.statusCode(),
            response.headers(),
            excerpt,
            details);
    int status = response.statusCode();
    switch (status) {
      case 400:
      case 422:
        return new BadRequestException(failure);
      case 401:
      case 403:
        return new AuthenticationException(failure);
      case 404:
        return new NotFoundException(failure);
      case 409:
        return new ConflictException(failure);
      case 429:
        return new RateLimitException(
            failure, RetryAfter.parse(response, clock.instant()).orElse(null));
      default:
        return status >= 500 && status < 600
            ? new ServerException(failure)
            : new ApiResponseException(failure);
    }
  }

  private ErrorDetails details(ApiResponse response, MediaType type, String text) {
    if (text.isBlank()) {
      return ErrorDetails.none();
    }
    Codec codec = codecs.forResponse(type, text);
    if (codec == null) {
      return ErrorDetails.none();
    }
    try {
      JsonNode tree = codec.readTree(response.body(), charsetOf(type));
      ErrorDetails parsed = parser.apply(response.statusCode(), tree);
      return parsed == null ? ErrorDetails.none() : parsed;
    } catch (RuntimeException notInVendorFormat) {
      return ErrorDetails.none();
    }
  }

  private ErrorDetails scrub(ErrorDetails details) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    details
        .fieldErrors()
        .forEach(
            (k, v) -> fields.put(k, v.stream().map(redactor::scrub).collect(Collectors.toList())));
    ErrorDetails scrubbed =
        ErrorDetails.of(
                details.vendorCode().map(redactor::scrub).orElse(null),
                details.vendorMessage().map(redactor::scrub).orElse(null))
            .withFieldErrors(fields);
    for (Map.Entry<String, String> p : details.properties().entrySet()) {
      scrubbed = scrubbed.withProperty(p.getKey(), redactor.scrub(p.getValue()));
    }
    return scrubbed;
  }

  private static Charset charsetOf(MediaType type) {
    return type.charset();
  }
}
