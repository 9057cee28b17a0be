package io.peoplesync.ortec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.core.ApiSerializationException;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.testing.Mappers;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of ORTEC's JSON: accounts and actions survive the SDK's codec unchanged, whatever
 * their fields hold, and an answer that does not line up is never read.
 */
class OrtecJsonPropertiesTest {
  private static byte[] write(Object value) {
    return Mappers.write(MediaFormat.JSON, value, Optional.empty());
  }

  private static <T> T read(byte[] json, Class<T> type) {
    return Mappers.read(MediaFormat.JSON, json, type);
  }

  private static JsonNode tree(byte[] json) throws IOException {
    return Mappers.json().readTree(json);
  }

  @Property(tries = 200)
  void anAccountRoundTripsThroughTheCodecUnchanged(@ForAll("accounts") OrtecAccount account) {
    byte[] json = write(account);

    OrtecAccount back = read(json, OrtecAccount.class);

    assertThat(back).isEqualTo(account);
    assertThat(new String(write(back), StandardCharsets.UTF_8))
        .isEqualTo(new String(json, StandardCharsets.UTF_8));
  }

  @Property(tries = 200)
  void anActionIsWrittenAsItsTypeIdAndFieldsInOrder(
      @ForAll("accounts") OrtecAccount account, @ForAll ActionType type) throws IOException {
    OrtecAccount sendable =
        OrtecAccount.builder()
            .id(account.id().isBlank() ? "x@example.com" : account.id())
            .fields(withoutReserved(account))
            .build();
    AccountAction action = AccountAction.of(type, sendable);

    ObjectNode json = (ObjectNode) tree(write(action));

    assertThat(json.get("action").asText()).isEqualTo(type.wireName());
    json.remove("action");
    OrtecAccount back = OrtecAccount.fromJson(json);
    assertThat(back.id()).isEqualTo(action.id());
    assertThat(back.fields()).isEqualTo(action.fields());
    assertThat(List.copyOf(back.fields().keySet()))
        .isEqualTo(List.copyOf(action.fields().keySet()));
  }

  @Property(tries = 200)
  void anAnswerWithAnyOtherNumberOfResultsIsNeverRead(
      @ForAll("sizes") int sent, @ForAll("sizes") int answered) {
    List<Batch> batches = Batch.split(OrtecFixtures.actions(sent), OrtecClient.MAX_BATCH_SIZE);
    ObjectNode body = OrtecFixtures.JSON.createObjectNode();
    for (int i = 0; i < answered; i++) {
      body.withArray("results").addObject().put("status", "ok");
    }
    body.withArray("results");
    ResultsBody read = read(body.toString().getBytes(StandardCharsets.UTF_8), ResultsBody.class);

    if (sent == answered) {
      assertThat(ResultReader.read(batches.get(0), read)).allMatch(ItemResult::ok).hasSize(sent);
    } else {
      assertThatThrownBy(() -> ResultReader.read(batches.get(0), read))
          .isInstanceOf(ApiSerializationException.class)
          .hasMessageEndingWith("expected " + sent + " results, got " + answered);
    }
  }

  private static Map<String, Object> withoutReserved(OrtecAccount account) {
    Map<String, Object> fields = new LinkedHashMap<>(account.fields());
    fields.keySet().removeAll(FieldValues.RESERVED);
    return fields;
  }

  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.integers().between(1, 12);
  }

  @Provide
  Arbitrary<OrtecAccount> accounts() {
    Arbitrary<String> ids = Arbitraries.oneOf(texts(), Arbitraries.just(""));
    Arbitrary<Map<String, Object>> fields =
        Arbitraries.maps(names(), values(2)).ofMaxSize(5).map(m -> m);
    return Combinators.combine(ids, fields)
        .as((id, f) -> OrtecAccount.builder().id(id).fields(f).build());
  }

  private static Arbitrary<String> names() {
    return Arbitraries.oneOf(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            Arbitraries.of("action", "first name", "\u00e9t\u00e9", "e-mail"))
        .filter(n -> !n.equals("id"));
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars(" @.-_\"\\/\n\t\u00e4\u20ac\u4e2d")
        .ofMaxLength(12);
  }

  /** JSON values in the plain Java form a read gives back; null as a NullNode. */
  private static Arbitrary<Object> values(int depth) {
    Arbitrary<Object> leaf =
        Arbitraries.oneOf(
            texts(),
            Arbitraries.integers(),
            Arbitraries.longs().greaterOrEqual(Integer.MAX_VALUE + 1L),
            Arbitraries.bigIntegers()
                .greaterOrEqual(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE))
                .lessOrEqual(BigInteger.TEN.pow(30)),
            Arbitraries.doubles().filter(Double::isFinite),
            Arbitraries.of(true, false),
            Arbitraries.just(NullNode.getInstance()));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Object> list = values(depth - 1).list().ofMaxSize(3).map(l -> l);
    Arbitrary<Object> map = Arbitraries.maps(names(), values(depth - 1)).ofMaxSize(3).map(m -> m);
    return Arbitraries.frequencyOf(Tuple.of(6, leaf), Tuple.of(1, list), Tuple.of(1, map));
  }
}
