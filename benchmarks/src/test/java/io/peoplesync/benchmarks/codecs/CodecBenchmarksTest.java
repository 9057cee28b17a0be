package io.peoplesync.benchmarks.codecs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.benchmarks.handwritten.PlainPepperUser;
import io.peoplesync.benchmarks.handwritten.PlainPublisherUser;
import io.peoplesync.pepper.PepperUser;
import io.peoplesync.publisher.PublisherUser;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each codec benchmark, called once: the SDK and the hand-written side give the same data. */
class CodecBenchmarksTest {
  private final CodecBenchmarks bench = new CodecBenchmarks();
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void bothSidesReadTheSamePepperPage() throws Exception {
    bench.setUp();
    Object page = bench.pepperPageSdk();
    Method items = page.getClass().getMethod("items");
    items.setAccessible(true);
    @SuppressWarnings("unchecked")
    List<PepperUser> users = (List<PepperUser>) items.invoke(page);
    PlainPepperUser.Page plain = (PlainPepperUser.Page) bench.pepperPageHand();
    assertThat(users).hasSize(100).hasSameSizeAs(plain.items);
    for (int i = 0; i < users.size(); i++) {
      PepperUser u = users.get(i);
      PlainPepperUser p = plain.items.get(i);
      assertThat(u.id()).isEqualTo(p.id);
      assertThat(u.created()).contains(p.created);
      assertThat(u.updatedAt()).contains(p.updatedAt);
      assertThat(u.extras().keySet()).containsAll(p.extras.keySet());
    }
  }

  @Test
  void bothSidesWriteTheSameOrtecBatch() throws Exception {
    bench.setUp();
    assertThat(mapper.readTree(bench.ortecBatchSdk()))
        .isEqualTo(mapper.readTree(bench.ortecBatchHand()));
    assertThat(new String(bench.ortecBatchSdk(), "UTF-8")).startsWith("{\"feed\":\"hr-feed\",");
  }

  @Test
  void bothSidesReadTheSamePublisherUser() throws Exception {
    bench.setUp();
    Object envelope = bench.publisherXmlSdk();
    Method user = envelope.getClass().getDeclaredMethod("user");
    user.setAccessible(true);
    PublisherUser sdk = (PublisherUser) user.invoke(envelope);
    PlainPublisherUser hand = ((PlainPublisherUser.Users) bench.publisherXmlHand()).user.get(0);
    assertThat(sdk.email()).isEqualTo(hand.email);
    assertThat(sdk.customLinks()).hasSize(hand.customlinks.link.size());
    assertThat(sdk.location().flatMap(l -> l.postCode())).contains(hand.location.postcode);
  }
}
