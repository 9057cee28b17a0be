package io.peoplesync.spencer;

import static org.assertj.core.api.Assertions.assertThat;

import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.testing.Mappers;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every Spencer value type survives its JSON codec unchanged: written as the client sends it and
 * read as the client reads it, with unknown fields, empty and absent values, and values that break
 * the send rules (which are not the codec's business).
 */
class SpencerJsonRoundTripTest {
  private static <T> T roundTrip(T value, Class<T> type) {
    byte[] json = Mappers.write(MediaFormat.JSON, value, Optional.empty());
    return Mappers.read(MediaFormat.JSON, json, type);
  }

  @Property(tries = 250)
  void usersRoundTrip(@ForAll("users") SpencerUser user) {
    assertThat(roundTrip(user, SpencerUser.class)).isEqualTo(user);
  }

  @Property(tries = 250)
  void userTagsRoundTrip(@ForAll("tags") UserTag tag) {
    assertThat(roundTrip(tag, UserTag.class)).isEqualTo(tag);
  }

  @Property(tries = 250)
  void newsPublicationsRoundTrip(@ForAll("publications") NewsPublication publication) {
    assertThat(roundTrip(publication, NewsPublication.class)).isEqualTo(publication);
  }

  @Property(tries = 250)
  void newsDraftsRoundTrip(@ForAll("drafts") NewsDraft draft) {
    assertThat(roundTrip(draft, NewsDraft.class)).isEqualTo(draft);
  }

  @Example
  void emptyValuesRoundTrip() {
    SpencerUser user = SpencerUser.builder().externalId("").firstName("").build();
    UserTag tag = UserTag.builder().id("").build();
    NewsPublication publication = NewsPublication.builder().build();
    NewsDraft draft = NewsDraft.builder().putExtra("x_null", null).build();

    assertThat(roundTrip(user, SpencerUser.class)).isEqualTo(user);
    assertThat(roundTrip(tag, UserTag.class)).isEqualTo(tag);
    assertThat(roundTrip(publication, NewsPublication.class)).isEqualTo(publication);
    assertThat(roundTrip(draft, NewsDraft.class)).isEqualTo(draft);
  }

  @Provide
  Arbitrary<SpencerUser> users() {
    return Builders.withBuilder(SpencerUser::builder)
        .use(text())
        .inSetter((b, v) -> b.externalId(v))
        .use(optionalText())
        .inSetter((b, v) -> b.firstName(v))
        .use(optionalText())
        .inSetter((b, v) -> b.lastName(v))
        .use(optionalText())
        .inSetter((b, v) -> b.email(v))
        .use(optionalText())
        .inSetter((b, v) -> b.privateEmail(v))
        .use(optionalText())
        .inSetter((b, v) -> b.mobile(v))
        .use(optionalText())
        .inSetter((b, v) -> b.privateMobile(v))
        .use(optionalText())
        .inSetter((b, v) -> b.country(v))
        .use(optionalText())
        .inSetter((b, v) -> b.preferredLanguage(v))
        .use(optionalText())
        .inSetter((b, v) -> b.authenticationType(v))
        .use(optionalText())
        .inSetter((b, v) -> b.authenticationId(v))
        .use(optionalText())
        .inSetter((b, v) -> b.manager(v))
        .use(optionalText())
        .inSetter((b, v) -> b.defaultSite(v))
        .use(translations())
        .inSetter((b, v) -> b.jobTitle(v))
        .use(translations())
        .inSetter((b, v) -> b.department(v))
        .use(translations())
        .inSetter((b, v) -> b.division(v))
        .use(translations())
        .inSetter((b, v) -> b.subdivision(v))
        .use(translations())
        .inSetter((b, v) -> b.contractType(v))
        .use(translations())
        .inSetter((b, v) -> b.domain(v))
        .use(translations())
        .inSetter((b, v) -> b.region(v))
        .use(translations())
        .inSetter((b, v) -> b.zone(v))
        .use(texts())
        .inSetter((b, v) -> b.tags(v))
        .use(instant().optional())
        .inSetter((b, v) -> b.archivedAt(v))
        .use(extras())
        .inSetter((b, v) -> b.extras(v))
        .build(SpencerUser.Builder::build);
  }

  @Provide
  Arbitrary<UserTag> tags() {
    return Builders.withBuilder(UserTag::builder)
        .use(text())
        .inSetter((b, v) -> b.id(v))
        .use(translations())
        .inSetter((b, v) -> b.translations(v))
        .use(Arbitraries.of(true, false).optional())
        .inSetter((b, v) -> b.permanent(v))
        .use(extras())
        .inSetter((b, v) -> b.extras(v))
        .build(UserTag.Builder::build);
  }

  @Provide
  Arbitrary<NewsPublication> publications() {
    return Builders.withBuilder(NewsPublication::builder)
        .use(optionalText())
        .inSetter((b, v) -> b.id(v))
        .use(translations())
        .inSetter((b, v) -> b.title(v))
        .use(translations())
        .inSetter((b, v) -> b.body(v))
        .use(instant().optional())
        .inSetter((b, v) -> b.publishedAt(v))
        .use(extras())
        .inSetter((b, v) -> b.extras(v))
        .build(NewsPublication.Builder::build);
  }

  @Provide
  Arbitrary<NewsDraft> drafts() {
    return Builders.withBuilder(NewsDraft::builder)
        .use(optionalText())
        .inSetter((b, v) -> b.id(v))
        .use(translations())
        .inSetter((b, v) -> b.title(v))
        .use(translations())
        .inSetter((b, v) -> b.body(v))
        .use(texts())
        .inSetter((b, v) -> b.userListIds(v))
        .use(extras())
        .inSetter((b, v) -> b.extras(v))
        .build(NewsDraft.Builder::build);
  }

  /** Any text without lone surrogates (which no JSON writer can encode), up to 300 characters. */
  private static Arbitrary<String> text() {
    return text(300);
  }

  private static Arbitrary<String> text(int maxLength) {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\ud7ff')
        .withCharRange('\ue000', '\ufffd')
        .ofMaxLength(maxLength);
  }

  private static Arbitrary<Optional<String>> optionalText() {
    return text().optional(0.7);
  }

  private static Arbitrary<List<String>> texts() {
    return text().list().ofMaxSize(4);
  }

  private static Arbitrary<Map<String, String>> translations() {
    Arbitrary<String> locale =
        Arbitraries.oneOf(Arbitraries.of("en-US", "nl-BE", "fr-BE", ""), text(8));
    return Arbitraries.maps(locale, text()).ofMaxSize(4);
  }

  private static Arbitrary<Instant> instant() {
    return Arbitraries.longs()
        .between(-10_000_000_000L, 100_000_000_000L)
        .flatMap(
            s ->
                Arbitraries.integers()
                    .between(0, 999_999_999)
                    .map(n -> Instant.ofEpochSecond(s, n)));
  }

  /** Unknown fields as Jackson reads them back: prefixed so none collides with a known one. */
  private static Arbitrary<Map<String, Object>> extras() {
    Arbitrary<String> name =
        Arbitraries.strings().alpha().numeric().ofMaxLength(10).map(n -> "x_" + n);
    Arbitrary<Object> scalar =
        Arbitraries.oneOf(
            text(),
            Arbitraries.integers(),
            Arbitraries.longs().greaterOrEqual(1L + Integer.MAX_VALUE),
            Arbitraries.doubles().filter(Double::isFinite),
            Arbitraries.of(true, false),
            Arbitraries.just(null));
    Arbitrary<Object> value =
        Arbitraries.oneOf(
            scalar,
            scalar.list().ofMaxSize(3).map(l -> (Object) l),
            Arbitraries.maps(name, scalar).ofMaxSize(3).map(m -> (Object) new HashMap<>(m)));
    return Arbitraries.maps(name, value).ofMaxSize(4);
  }
}
