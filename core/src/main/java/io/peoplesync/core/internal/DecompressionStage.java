package io.peoplesync.core.internal;

import io.peoplesync.core.ApiSerializationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Decodes {@code gzip} and {@code deflate} responses, since the JDK client does not; the client
 * asks for them once, in the headers it builds for every request. {@code deflate} is accepted both
 * zlib-wrapped (RFC 1950, as specified) and raw (as some servers send it).
 */
public final class DecompressionStage implements Stage {
  @Override
  public CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain) {
    return chain.proceed(request).thenApply(DecompressionStage::decode);
  }

  static ApiResponse decode(ApiResponse response) {
    String encoding =
        response.header("content-encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
    if (response.body().length == 0 || encoding.equals("identity")) {
      return response;
    }
    try {
      switch (encoding) {
        case "gzip":
        case "x-gzip":
          return response.withDecodedBody(
              readAll(new GZIPInputStream(new ByteArrayInputStream(response.body()))));
        case "deflate":
          return response.withDecodedBody(inflate(response.body()));
        default:
          return response;
      }
    } catch (IOException e) {
      throw new ApiSerializationException("cannot decode a " + encoding + " response body", e);
    }
  }

  private static byte[] inflate(byte[] body) throws IOException {
    try {
      return readAll(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(false)));
    } catch (IOException zlibFailed) {
      return readAll(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (InputStream input = in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      input.transferTo(out);
      return out.toByteArray();
    }
  }
}
