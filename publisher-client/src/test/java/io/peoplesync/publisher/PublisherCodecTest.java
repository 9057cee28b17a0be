package io.peoplesync.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.testing.Mappers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every Publisher value type written by the client's JSON and XML codecs and read back is
 * unchanged: absent optionals, empty link lists, ids as numbers or text, every status text, and
 * unknown elements (kept in {@code extras()}) included. Users also go through the wire envelope
 * ({@code {"user": …}} / {@code <user>}), which reads blank texts as absent, so the texts generated
 * here are not blank.
 */
class PublisherCodecTest {
  private static <T> T roundTrip(MediaFormat format, Object value, String root, Class<T> type) {
    byte[] bytes = Mappers.write(format, value, Optional.of(root));
    return Mappers.read(format, bytes, type);
  }

  @Property(tries = 120)
  void usersRoundTripThroughTheWireEnvelope(
      @ForAll MediaFormat format, @ForAll("users") PublisherUser user) {
    PublisherUser back =
        roundTrip(format, new UserEnvelope(user), "user", UserEnvelope.class).user();
    assertThat(back).isEqualTo(user);
  }

  @Property(tries = 120)
  void usersRoundTripAsPlainDocuments(
      @ForAll MediaFormat format, @ForAll("users") PublisherUser user) {
    assertThat(roundTrip(format, user, "user", PublisherUser.class)).isEqualTo(user);
  }

  @Property(tries = 120)
  void summariesRoundTrip(@ForAll MediaFormat format, @ForAll("summaries") UserSummary summary) {
    assertThat(roundTrip(format, summary, "user", UserSummary.class)).isEqualTo(summary);
  }

  @Property(tries = 100)
  void namesRoundTrip(@ForAll MediaFormat format, @ForAll("names") PersonName name) {
    assertThat(roundTrip(format, name, "name", PersonName.class)).isEqualTo(name);
  }

  @Property(tries = 100)
  void organisationsRoundTrip(
      @ForAll MediaFormat format, @ForAll("organisations") Organisation organisation) {
    assertThat(roundTrip(format, organisation, "organisation", Organisation.class))
        .isEqualTo(organisation);
  }

  @Property(tries = 100)
  void locationsRoundTrip(@ForAll MediaFormat format, @ForAll("locations") Location location) {
    assertThat(roundTrip(format, location, "location", Location.class)).isEqualTo(location);
  }

  @Property(tries = 50)
  void linksRoundTrip(@ForAll MediaFormat format, @ForAll("links") Link link) {
    assertThat(roundTrip(format, link, "link", Link.class)).isEqualTo(link);
  }

  // ---- generators

  /** Text that is not blank: letters, digits, spaces inside, XML's special characters. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars(' ', '&', '<', '>', '"', '\'', 'é', 'ß', '中', '.', '@', ',')
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> !s.isBlank() && s.strip().equals(s));
  }

  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> a) {
    return a.optional(0.6);
  }

  /** Ids as Publisher sends them: plain numbers, numbers with a leading zero, GUIDs. */
  private static Arbitrary<String> ids() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 999_999_999_999L).map(n -> Long.toString(n)),
        Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(6).map(s -> "0" + s),
        Arbitraries.strings()
            .withChars("0123456789abcdef-")
            .ofMinLength(8)
            .ofMaxLength(12)
            .filter(s -> !s.matches("0|[1-9][0-9]*")));
  }

  /** Element names no model attribute uses (the prefix keeps them apart) that XML allows. */
  private static Arbitrary<String> unknownNames() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(8)
        .map(s -> "x" + s);
  }

  /**
   * Unknown elements as both formats can carry them: text, and nested elements of text. (Numbers,
   * flags and lists exist only in JSON; XML reads everything as text.)
   */
  private static Arbitrary<Map<String, Object>> extras() {
    Arbitrary<Object> value =
        Arbitraries.oneOf(
            text().map(s -> (Object) s),
            Arbitraries.maps(unknownNames(), text())
                .ofMinSize(1)
                .ofMaxSize(2)
                .map(m -> (Object) m));
    return Arbitraries.maps(unknownNames(), value).ofMaxSize(3);
  }

  /**
   * A nested object inside a user: never an entirely empty one, which an XML {@code
   * <organisation/>} cannot tell apart from an absent element and both formats read as absent.
   */
  private static <T> Arbitrary<T> nested(Arbitrary<T> values, T empty) {
    return values.filter(v -> !v.equals(empty));
  }

  @Provide
  Arbitrary<Link> links() {
    return net.jqwik.api.Combinators.combine(text(), text()).as(Link::of);
  }

  @Provide
  Arbitrary<PersonName> names() {
    return Builders.withBuilder(PersonName::builder)
        .use(maybe(text()))
        .in(PersonName.Builder::firstName)
        .use(maybe(text()))
        .in(PersonName.Builder::lastName)
        .use(maybe(text()))
        .in(PersonName.Builder::title)
        .use(maybe(text()))
        .in(PersonName.Builder::goesBy)
        .use(extras())
        .in(PersonName.Builder::extras)
        .build(PersonName.Builder::build);
  }

  @Provide
  Arbitrary<Organisation> organisations() {
    return Builders.withBuilder(Organisation::builder)
        .use(maybe(text()))
        .in(Organisation.Builder::orgName)
        .use(maybe(ids()))
        .in(Organisation.Builder::orgId)
        .use(maybe(ids()))
        .in(Organisation.Builder::orgAddressId)
        .use(maybe(text()))
        .in(Organisation.Builder::orgAddress)
        .use(extras())
        .in(Organisation.Builder::extras)
        .build(Organisation.Builder::build);
  }

  @Provide
  Arbitrary<Location> locations() {
    return Builders.withBuilder(Location::builder)
        .use(maybe(text()))
        .in(Location.Builder::addressLine1)
        .use(maybe(text()))
        .in(Location.Builder::addressLine2)
        .use(maybe(text()))
        .in(Location.Builder::city)
        .use(maybe(text()))
        .in(Location.Builder::country)
        .use(maybe(text()))
        .in(Location.Builder::postCode)
        .use(extras())
        .in(Location.Builder::extras)
        .build(Location.Builder::build);
  }

  private static Arbitrary<String> statuses() {
    return Arbitraries.oneOf(
        Arbitraries.of("active", "Active", "inactive", "Pending", "Archived", "archive", "disable"),
        text());
  }

  private static Arbitrary<List<Link>> linkLists() {
    return Arbitraries.of(0, 1, 2, 3)
        .flatMap(n -> new PublisherCodecTest().links().list().ofSize(n));
  }

  @Provide
  Arbitrary<PublisherUser> users() {
    return Builders.withBuilder(PublisherUser::builder)
        .use(maybe(ids()))
        .in(PublisherUser.Builder::id)
        .use(names())
        .in(PublisherUser.Builder::name)
        .use(maybe(text()))
        .in(PublisherUser.Builder::externalId)
        .use(text())
        .in(PublisherUser.Builder::email)
        .use(maybe(text()))
        .in(PublisherUser.Builder::phone)
        .use(maybe(text()))
        .in(PublisherUser.Builder::jobTitle)
        .use(maybe(text()))
        .in(PublisherUser.Builder::mobile)
        .use(maybe(text()))
        .in(PublisherUser.Builder::department)
        .use(maybe(statuses()))
        .in(PublisherUser.Builder::statusText)
        .use(maybe(nested(organisations(), Organisation.builder().build())))
        .in(PublisherUser.Builder::organisation)
        .use(maybe(nested(locations(), Location.builder().build())))
        .in(PublisherUser.Builder::location)
        .use(maybe(text()))
        .in(PublisherUser.Builder::img)
        .use(linkLists())
        .in(PublisherUser.Builder::socialLinks)
        .use(linkLists())
        .in(PublisherUser.Builder::customLinks)
        .use(linkLists())
        .in(PublisherUser.Builder::messagingLinks)
        .use(maybe(text()))
        .in(PublisherUser.Builder::secretaryName)
        .use(maybe(text()))
        .in(PublisherUser.Builder::secretaryMail)
        .use(maybe(text()))
        .in(PublisherUser.Builder::bio)
        .use(maybe(text()))
        .in(PublisherUser.Builder::sourceType)
        .use(maybe(text()))
        .in(PublisherUser.Builder::specialities)
        .use(extras())
        .in(PublisherUser.Builder::extras)
        .build(PublisherUser.Builder::build);
  }

  @Provide
  Arbitrary<UserSummary> summaries() {
    return Builders.withBuilder(UserSummary::builder)
        .use(maybe(ids()))
        .in(UserSummary.Builder::id)
        .use(maybe(text()))
        .in(UserSummary.Builder::email)
        .use(maybe(text()))
        .in(UserSummary.Builder::link)
        .use(maybe(names()))
        .in(UserSummary.Builder::name)
        .use(maybe(text()))
        .in(UserSummary.Builder::phone)
        .use(maybe(text()))
        .in(UserSummary.Builder::jobTitle)
        .use(maybe(text()))
        .in(UserSummary.Builder::mobile)
        .use(maybe(text()))
        .in(UserSummary.Builder::department)
        .use(maybe(statuses()))
        .in(UserSummary.Builder::statusText)
        .use(maybe(nested(organisations(), Organisation.builder().build())))
        .in(UserSummary.Builder::organisation)
        .use(maybe(nested(locations(), Location.builder().build())))
        .in(UserSummary.Builder::location)
        .use(maybe(text()))
        .in(UserSummary.Builder::invited)
        .use(maybe(text()))
        .in(UserSummary.Builder::lastLogin)
        .use(maybe(text()))
        .in(UserSummary.Builder::role)
        .use(extras())
        .in(UserSummary.Builder::extras)
        .build(UserSummary.Builder::build);
  }
}
