package io.peoplesync.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand-written e-mail check accepts exactly what the regular expression it replaced accepted.
 */
class ValidateEmailTest {
  private static final Pattern REGEX = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

  @Property(tries = 5000)
  void agreesWithTheRegularExpressionOnAddressLikeText(@ForAll("addressLike") String value) {
    assertThat(Validate.isEmail(value)).as(value).isEqualTo(REGEX.matcher(value).matches());
  }

  @Property(tries = 2000)
  void agreesWithTheRegularExpressionOnAnyText(@ForAll String value) {
    assertThat(Validate.isEmail(value)).as(value).isEqualTo(REGEX.matcher(value).matches());
  }

  @Provide
  Arbitrary<String> addressLike() {
    return Arbitraries.strings()
        .withChars('a', 'b', '@', '.', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00a0', 'é')
        .ofMinLength(0)
        .ofMaxLength(12);
  }

  @Test
  void edgeCases() {
    String[] accepted = {"a@b.c", "a.b@c.d.e", "x@y..z", "a@.b.c", "é@ü.de", "a@b\u00a0.c"};
    String[] rejected = {
      "",
      "@b.c",
      "a@",
      "a@b",
      "a@b.",
      "a@.c",
      "a@@b.c",
      "a@b@c.d",
      "a b@c.d",
      "a@b.c\n",
      "a@b.c ",
      "a\t@b.c",
      "a@b.c.",
      "a@b\u000B.c"
    };
    for (String s : accepted) {
      assertThat(Validate.isEmail(s)).as(s).isTrue();
      assertThat(REGEX.matcher(s).matches()).as(s).isTrue();
    }
    for (String s : rejected) {
      assertThat(Validate.isEmail(s)).as(s).isFalse();
      assertThat(REGEX.matcher(s).matches()).as(s).isFalse();
    }
    assertThatThrownBy(() -> Validate.email("approver.email", "nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("approver.email must be an e-mail address like name@example.com");
  }
}
