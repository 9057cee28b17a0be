package io.peoplesync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeVendorsExtension.class)
class FakeServerTest {
  /** A fake that echoes the decoded path and query. */
  public static final class EchoFake extends FakeServer {
    @Override
    protected FakeResponse handle(RecordedRequest request) {
      return FakeResponse.json(
          200, Map.of("segments", request.segments(), "q", request.queryParam("q").orElse("")));
    }
  }

  private static HttpResponse<String> get(FakeServer fake, String path)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(fake.baseUri().resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesAndRecordsRequests(EchoFake fake) throws Exception {
    HttpResponse<String> r = get(fake, "/users/a%40b.c?q=x%2By");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"a@b.c\"").contains("\"x+y\"");
    assertThat(fake.requests()).hasSize(1);
    assertThat(fake.requests().get(0).method()).isEqualTo("GET");
    assertThat(fake.requests().get(0).rawPath()).isEqualTo("/users/a%40b.c");
  }

  @Test
  void injectsFaultsThenRecovers(EchoFake fake) throws Exception {
    fake.failNext(1, Fault.RATE_LIMITED);
    fake.failNext(1, Fault.UNAVAILABLE);
    fake.failNext(1, Fault.DROP_CONNECTION);

    HttpResponse<String> limited = get(fake, "/x");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).contains("1");
    assertThat(get(fake, "/x").statusCode()).isEqualTo(503);
    // A POST, because the JDK client silently repeats a GET once when the connection drops.
    assertThatThrownBy(
            () ->
                HttpClient.newHttpClient()
                    .send(
                        HttpRequest.newBuilder(fake.baseUri().resolve("/x"))
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    assertThat(get(fake, "/x").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesBaseUriBeforeStart() {
    try (EchoFake fake = new EchoFake()) {
      assertThatThrownBy(fake::baseUri).isInstanceOf(IllegalStateException.class);
    }
  }
}
