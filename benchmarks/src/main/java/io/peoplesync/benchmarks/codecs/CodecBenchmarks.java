package io.peoplesync.benchmarks.codecs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.peoplesync.benchmarks.handwritten.HandWrittenVendors;
import io.peoplesync.benchmarks.handwritten.PlainOrtecAction;
import io.peoplesync.benchmarks.handwritten.PlainPepperUser;
import io.peoplesync.benchmarks.handwritten.PlainPublisherUser;
import io.peoplesync.benchmarks.vendors.CannedResponses;
import io.peoplesync.core.internal.Codec;
import io.peoplesync.core.internal.JsonCodec;
import io.peoplesync.core.internal.XmlCodec;
import io.peoplesync.ortec.AccountAction;
import io.peoplesync.ortec.OrtecAccount;
import io.peoplesync.publisher.PublisherUser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The codecs alone: decode a Pepper page of 100 users, encode an ORTEC batch of 1,000 accounts,
 * read a Publisher XML user; each through the SDK's codec into its models and through one plain
 * mapper into the hand-written classes.
 *
 * <p>The Pepper page is read as the client reads it, into its (package-private) page type, found by
 * name; the ORTEC batch is written as the client writes it, the actions plus the feed and key as
 * top-level fields.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class CodecBenchmarks {
  private Codec json;
  private Codec xml;
  private ObjectMapper plainJson;
  private XmlMapper plainXml;
  private Class<?> pepperPage;
  private byte[] pepperBytes;
  private byte[] publisherBytes;
  private Map<String, Object> ortecBatch;
  private Map<String, Object> ortecAuth;
  private PlainOrtecAction.Request plainOrtecBatch;

  /** Builds the codecs and the inputs once. */
  @Setup
  public void setUp() throws ClassNotFoundException {
    json = new JsonCodec();
    xml = new XmlCodec();
    HandWrittenVendors hand = new HandWrittenVendors(URI.create("http://127.0.0.1:1"));
    plainJson = hand.json();
    plainXml = hand.xml();
    pepperPage = Class.forName("io.peoplesync.pepper.UserPage");
    pepperBytes = CannedResponses.pepperPage(0, 100, 100, "k100");
    publisherBytes = CannedResponses.PUBLISHER_USER_XML;
    List<AccountAction> actions = new ArrayList<>();
    List<PlainOrtecAction> plain = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("firstName", "First" + i);
      fields.put("lastName", "Last" + i);
      fields.put("email", "user" + i + "@example.com");
      fields.put("function", "developer");
      OrtecAccount.Builder account = OrtecAccount.builder().id("user" + i + "@example.com");
      fields.forEach(account::put);
      actions.add(AccountAction.upsert(account.build()));
      plain.add(new PlainOrtecAction("upsert", "user" + i + "@example.com", fields));
    }
    ortecBatch = Map.of("accounts", actions);
    ortecAuth = new LinkedHashMap<>();
    ortecAuth.put("feed", "hr-feed");
    ortecAuth.put("apikey", "ortec-key");
    plainOrtecBatch = new PlainOrtecAction.Request("hr-feed", "ortec-key", plain);
  }

  /** The SDK reads a Pepper page of 100 users. */
  @Benchmark
  public Object pepperPageSdk() {
    return json.read(pepperBytes, StandardCharsets.UTF_8, pepperPage);
  }

  /** Jackson reads the same page into the hand-written classes. */
  @Benchmark
  public Object pepperPageHand() throws IOException {
    return plainJson.readValue(pepperBytes, PlainPepperUser.Page.class);
  }

  /** The SDK writes an ORTEC batch of 1,000 accounts with the feed and key. */
  @Benchmark
  public byte[] ortecBatchSdk() {
    return json.write(ortecBatch, Optional.empty(), ortecAuth);
  }

  /** Jackson writes the same batch from the hand-written classes. */
  @Benchmark
  public byte[] ortecBatchHand() throws IOException {
    return plainJson.writeValueAsBytes(plainOrtecBatch);
  }

  /** The SDK reads a Publisher user from XML. */
  @Benchmark
  public Object publisherXmlSdk() {
    return xml.read(publisherBytes, StandardCharsets.UTF_8, PublisherUserHolder.TYPE);
  }

  /** Jackson reads the same XML into the hand-written classes. */
  @Benchmark
  public Object publisherXmlHand() throws IOException {
    return plainXml.readValue(publisherBytes, PlainPublisherUser.Users.class);
  }

  /** The type the Publisher client reads a get into, found by name: it is package-private. */
  static final class PublisherUserHolder {
    static final Class<?> TYPE = load();

    private static Class<?> load() {
      try {
        return Class.forName("io.peoplesync.publisher.UserEnvelope");
      } catch (ClassNotFoundException e) {
        return PublisherUser.class;
      }
    }
  }
}
