package io.peoplesync.benchmarks.peer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.peoplesync.benchmarks.handwritten.PlainPepperUser;
import io.peoplesync.benchmarks.handwritten.PlainPublisherUser;
import io.peoplesync.benchmarks.handwritten.PlainSpencerUser;
import io.peoplesync.benchmarks.handwritten.PlainSpringestUser;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The vendor calls of {@link io.peoplesync.benchmarks.handwritten.HandWrittenVendors} made the way
 * a Retrofit user writes them: Retrofit 2 interfaces over one shared {@link OkHttpClient}
 * (HTTP/1.1, the SDK's timeouts, no redirects, no silent retry) and one {@link ObjectMapper} and
 * one {@link XmlMapper} configured like the hand-written ones, decoding into the same {@code
 * Plain*} classes. Each call sends the same method, path, query, vendor headers and body bytes as
 * the hand-written one; OkHttp adds its own {@code User-Agent}, {@code Connection: Keep-Alive} and
 * {@code Accept-Encoding: gzip}, as it does for every Retrofit user.
 *
 * <p>Calls are synchronous ({@link Call#execute()}) like the hand-written ones. A status other than
 * the expected one throws {@link IOException}, as the hand-written calls do.
 */
public final class RetrofitVendors {
  private static final String JSON = "application/json";

  /** Pepper's {@code GET /users}. */
  interface PepperApi {
    @Headers({"Accept: " + JSON, "x-api-version: 8"})
    @GET("pepper/users")
    Call<PlainPepperUser.Page> page(
        @Header("Authorization") String authorization,
        @Header("x-application-id") String applicationId,
        @Query("limit") int limit,
        @Query("startKey") String startKey);
  }

  /** Springest's {@code POST /users.json}. */
  interface SpringestApi {
    @Headers("Accept: " + JSON)
    @POST("springest/users.json")
    Call<JsonNode> save(@Query("api_key") String apiKey, @Body PlainSpringestUser user);
  }

  /** Spencer's {@code GET /users/{id}}. */
  interface SpencerApi {
    @Headers("Accept: " + JSON)
    @GET("spencer/users/{id}")
    Call<PlainSpencerUser> get(
        @Header("Authorization") String authorization, @Path("id") String id);
  }

  /** Publisher's {@code GET /api/2/users/{id}}, in XML. */
  interface PublisherApi {
    @Headers("Accept: application/xml")
    @GET("publisher/api/2/users/{id}")
    Call<PlainPublisherUser.Users> get(
        @Header("Authorization") String authorization, @Path("id") String id);
  }

  private final OkHttpClient client;
  private final PepperApi pepper;
  private final SpringestApi springest;
  private final SpencerApi spencer;
  private final PublisherApi publisher;

  /** Creates the calls against the benchmark server at {@code base} (no trailing slash). */
  public RetrofitVendors(URI base) {
    // retryOnConnectionFailure(false): the hand-written client does not retry either, and a
    // benchmark must not hide a failed call behind a second one. OkHttp still checks a pooled
    // connection's health before reusing it, so an idle connection the server closed is not an
    // error.
    this.client =
        new OkHttpClient.Builder()
            .protocols(List.of(Protocol.HTTP_1_1))
            .connectTimeout(Duration.ofSeconds(10))
            .callTimeout(Duration.ofSeconds(30))
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .build();
    String root = base.toString() + "/";
    Retrofit json =
        new Retrofit.Builder()
            .baseUrl(root)
            .client(client)
            .addConverterFactory(JacksonConverterFactory.create(configure(new ObjectMapper())))
            .build();
    Retrofit xml =
        new Retrofit.Builder()
            .baseUrl(root)
            .client(client)
            .addConverterFactory(JacksonConverterFactory.create(configure(new XmlMapper())))
            .build();
    this.pepper = json.create(PepperApi.class);
    this.springest = json.create(SpringestApi.class);
    this.spencer = json.create(SpencerApi.class);
    this.publisher = xml.create(PublisherApi.class);
  }

  /** Configures a mapper as {@code HandWrittenVendors} configures its own. */
  static <M extends ObjectMapper> M configure(M mapper) {
    mapper.registerModule(new JavaTimeModule());
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return mapper;
  }

  /**
   * Fetches one Pepper page: {@code GET /pepper/users?limit=...[&startKey=...]}.
   *
   * @param startKey the cursor of the page, or null for the first
   * @throws IOException if the call fails or the status is not 200
   */
  public PlainPepperUser.Page pepperPage(int limit, String startKey) throws IOException {
    return body(
        pepper.page("Token pepper-token", "bench-app", limit, startKey).execute(),
        200,
        "/pepper/users");
  }

  /**
   * Saves a Springest user ({@code POST /springest/users.json?api_key=...}); returns its id.
   *
   * @throws IOException if the call fails or the status is not 201
   */
  public String springestSave(PlainSpringestUser user) throws IOException {
    return body(springest.save("springest-key", user).execute(), 201, "/springest/users.json")
        .path("id")
        .asText();
  }

  /**
   * Gets a Spencer user ({@code GET /spencer/users/{id}}).
   *
   * @throws IOException if the call fails or the status is not 200
   */
  public PlainSpencerUser spencerGet(String id) throws IOException {
    return body(spencer.get("Bearer spencer-token", id).execute(), 200, "/spencer/users");
  }

  /**
   * Gets a Publisher user in XML ({@code GET /publisher/api/2/users/{id}}).
   *
   * @throws IOException if the call fails, the status is not 200 or the answer holds no user
   */
  public PlainPublisherUser publisherGet(String id) throws IOException {
    List<PlainPublisherUser> users =
        body(publisher.get("Bearer publisher-token", id).execute(), 200, "/publisher/api/2/users")
            .user;
    if (users.isEmpty()) {
      throw new IOException("no user in the answer");
    }
    return users.get(0);
  }

  /** Returns the shared OkHttp client. */
  public OkHttpClient client() {
    return client;
  }

  private static <T> T body(Response<T> response, int expected, String path) throws IOException {
    if (response.code() != expected) {
      if (response.errorBody() != null) {
        response.errorBody().close();
      }
      throw new IOException(path + ": status " + response.code());
    }
    T body = response.body();
    if (body == null) {
      throw new IOException(path + ": no body");
    }
    return body;
  }
}
