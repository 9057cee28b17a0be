package io.peoplesync.pepper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.testing.Mappers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every Pepper value type written by the client's JSON codec and read back is unchanged: absent
 * optionals, empty lists and objects, JSON nulls and unknown fields (kept in {@code extras()})
 * included.
 */
class PepperCodecTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) {
    byte[] bytes = Mappers.write(MediaFormat.JSON, value, Optional.empty());
    return (T) Mappers.read(MediaFormat.JSON, bytes, value.getClass());
  }

  @Property(tries = 300)
  void usersRoundTrip(@ForAll("users") PepperUser user) {
    assertThat(roundTrip(user)).isEqualTo(user);
  }

  @Property(tries = 300)
  void actionsRoundTrip(@ForAll("actions") PepperAction action) {
    assertThat(roundTrip(action)).isEqualTo(action);
  }

  @Property(tries = 200)
  void credentialsRoundTrip(@ForAll("credentials") Credential credential) {
    assertThat(roundTrip(credential)).isEqualTo(credential);
  }

  @Property(tries = 200)
  void newUsersRoundTripExceptTheQueryOnlyAutoActivate(@ForAll("newUsers") NewPepperUser user) {
    assertThat(roundTrip(user)).isEqualTo(user);
  }

  @Property(tries = 200)
  void updatesRoundTrip(@ForAll("updates") PepperUserUpdate update) {
    assertThat(roundTrip(update)).isEqualTo(update);
  }

  // ---- generators

  /** Any text, blank and empty included: reading keeps what was stored. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('é', 'ß', '中', '\n', '"', '\\')
        .ofMaxLength(12);
  }

  private static Arbitrary<String> nonBlank() {
    return text().filter(s -> !s.isBlank());
  }

  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> a) {
    return a.optional(0.6);
  }

  private static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 4_000_000_000L),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  /** Names no model attribute uses: the prefix keeps them apart from the wire names. */
  private static Arbitrary<String> unknownNames() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(8)
        .map(s -> "x_" + s);
  }

  /** JSON values two levels deep: scalars, null, arrays and objects, empty ones too. */
  private static Arbitrary<JsonNode> json() {
    Arbitrary<JsonNode> scalar =
        Arbitraries.oneOf(
            text().map(NODES::textNode),
            Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
            Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
            Arbitraries.just(NODES.nullNode()));
    Arbitrary<JsonNode> array =
        scalar.list().ofMaxSize(3).map(l -> (JsonNode) NODES.arrayNode().addAll(l));
    Arbitrary<JsonNode> object =
        Arbitraries.maps(unknownNames(), scalar).ofMaxSize(3).map(PepperCodecTest::object);
    return Arbitraries.oneOf(scalar, array, object);
  }

  private static Arbitrary<ObjectNode> objects() {
    return Arbitraries.maps(unknownNames(), json()).ofMaxSize(3).map(PepperCodecTest::object);
  }

  private static ObjectNode object(Map<String, JsonNode> fields) {
    ObjectNode node = NODES.objectNode();
    node.setAll(fields);
    return node;
  }

  private static Arbitrary<Map<String, JsonNode>> extras() {
    return Arbitraries.maps(unknownNames(), json()).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Credential> credentials() {
    return Builders.withBuilder(Credential::builder)
        .use(text())
        .in(Credential.Builder::provider)
        .use(text())
        .in(Credential.Builder::id)
        .use(maybe(text()))
        .in(Credential.Builder::token)
        .use(extras())
        .in(Credential.Builder::extras)
        .build(Credential.Builder::build);
  }

  @Provide
  Arbitrary<PepperUser> users() {
    return Builders.withBuilder(PepperUser::builder)
        .use(text())
        .in(PepperUser.Builder::id)
        .use(maybe(text()))
        .in(PepperUser.Builder::tenantId)
        .use(maybe(text()))
        .in(PepperUser.Builder::firstName)
        .use(maybe(text()))
        .in(PepperUser.Builder::lastName)
        .use(maybe(text()))
        .in(PepperUser.Builder::fullName)
        .use(credentials().list().ofMaxSize(2))
        .in(PepperUser.Builder::credentials)
        .use(maybe(Arbitraries.of(true, false)))
        .in(PepperUser.Builder::hasAgreedToShareData)
        .use(maybe(Arbitraries.of(true, false)))
        .in(PepperUser.Builder::hasAgreedToReceiveMarketing)
        .use(maybe(text()))
        .in(PepperUser.Builder::state)
        .use(text().list().ofMaxSize(2))
        .in(PepperUser.Builder::roles)
        .use(maybe(instants()))
        .in(PepperUser.Builder::created)
        .use(maybe(instants()))
        .in(PepperUser.Builder::updatedAt)
        .use(extras())
        .in(PepperUser.Builder::extras)
        .build(PepperUser.Builder::build);
  }

  private static Arbitrary<ActionRef> refs() {
    return Builders.withBuilder(ActionRef::builder)
        .use(maybe(text()))
        .in(ActionRef.Builder::id)
        .use(maybe(text()))
        .in(ActionRef.Builder::title)
        .use(maybe(text()))
        .in(ActionRef.Builder::fullName)
        .use(extras())
        .in(ActionRef.Builder::extras)
        .build(ActionRef.Builder::build);
  }

  private static Arbitrary<ActionContext> contexts() {
    return Builders.withBuilder(ActionContext::builder)
        .use(maybe(refs()))
        .in(ActionContext.Builder::tenant)
        .use(maybe(refs()))
        .in(ActionContext.Builder::user)
        .use(json().list().ofMaxSize(2))
        .in(ActionContext.Builder::tags)
        .use(extras())
        .in(ActionContext.Builder::extras)
        .build(ActionContext.Builder::build);
  }

  private static Arbitrary<ActionWhen> whens() {
    return Builders.withBuilder(ActionWhen::builder)
        .use(instants())
        .in(ActionWhen.Builder::timestamp)
        .use(maybe(text()))
        .in(ActionWhen.Builder::timezone)
        .use(extras())
        .in(ActionWhen.Builder::extras)
        .build(ActionWhen.Builder::build);
  }

  @Provide
  Arbitrary<PepperAction> actions() {
    Arbitrary<String> types =
        Arbitraries.oneOf(
            Arbitraries.of(ActionType.values())
                .filter(t -> t != ActionType.UNKNOWN)
                .map(Enum::name),
            text());
    return Builders.withBuilder(PepperAction::builder)
        .use(text())
        .in(PepperAction.Builder::id)
        .use(types)
        .in(PepperAction.Builder::typeName)
        .use(whens())
        .in(PepperAction.Builder::when)
        .use(maybe(contexts()))
        .in(PepperAction.Builder::context)
        .use(maybe(text()))
        .in(PepperAction.Builder::tenantId)
        .use(objects())
        .in(PepperAction.Builder::metadata)
        .use(extras())
        .in(PepperAction.Builder::extras)
        .build(PepperAction.Builder::build);
  }

  /** Extras of the write models: the scalars a caller puts there, read back as the same. */
  private static Arbitrary<Map<String, Object>> writeExtras() {
    Arbitrary<Object> scalar =
        Arbitraries.oneOf(
            text().map(s -> (Object) s),
            Arbitraries.integers().map(i -> (Object) i),
            Arbitraries.of(true, false).map(b -> (Object) b),
            text().list().ofMaxSize(2).map(l -> (Object) List.copyOf(l)));
    return Arbitraries.maps(unknownNames(), scalar).ofMaxSize(3);
  }

  @Provide
  Arbitrary<NewPepperUser> newUsers() {
    Arbitrary<Credential> sendable =
        Builders.withBuilder(Credential::builder)
            .use(nonBlank())
            .in(Credential.Builder::provider)
            .use(nonBlank())
            .in(Credential.Builder::id)
            .use(maybe(nonBlank()))
            .in(Credential.Builder::token)
            .build(Credential.Builder::build);
    return Builders.withBuilder(NewPepperUser::builder)
        .use(maybe(nonBlank()))
        .in(NewPepperUser.Builder::firstName)
        .use(maybe(nonBlank()))
        .in(NewPepperUser.Builder::lastName)
        .use(sendable.list().ofMaxSize(2))
        .in(NewPepperUser.Builder::credentials)
        .use(maybe(Arbitraries.of(true, false)))
        .in(NewPepperUser.Builder::hasAgreedToShareData)
        .use(maybe(Arbitraries.of(true, false)))
        .in(NewPepperUser.Builder::hasAgreedToReceiveMarketing)
        .use(writeExtras())
        .in(NewPepperUser.Builder::extras)
        .build(NewPepperUser.Builder::build);
  }

  @Provide
  Arbitrary<PepperUserUpdate> updates() {
    return Builders.withBuilder(PepperUserUpdate::builder)
        .use(nonBlank())
        .in(PepperUserUpdate.Builder::firstName)
        .use(maybe(nonBlank()))
        .in(PepperUserUpdate.Builder::lastName)
        .use(maybe(Arbitraries.of(true, false)))
        .in(PepperUserUpdate.Builder::hasAgreedToShareData)
        .use(maybe(Arbitraries.of(true, false)))
        .in(PepperUserUpdate.Builder::hasAgreedToReceiveMarketing)
        .use(writeExtras())
        .in(PepperUserUpdate.Builder::extras)
        .use(unknownNames().list().ofMaxSize(2))
        .in(
            (b, cleared) -> {
              cleared.forEach(b::clear);
              return b;
            })
        .build(PepperUserUpdate.Builder::build);
  }
}
