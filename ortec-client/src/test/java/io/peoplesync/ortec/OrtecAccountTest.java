package io.peoplesync.ortec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrtecAccountTest {
  @Test
  void keepsFieldsInTheOrderTheyWerePut() {
    OrtecAccount a =
        OrtecAccount.builder()
            .id("x@example.com")
            .put("zeta", 1)
            .lastName("Doe")
            .put("alpha", "a")
            .firstName("Jo")
            .build();

    assertThat(a.fields().keySet()).containsExactly("zeta", "lastName", "alpha", "firstName");
  }

  @Test
  void copiesListsAndMapsSoLaterChangesDoNotLeakIn() {
    List<Object> skills = new ArrayList<>(List.of("java"));
    OrtecAccount a = OrtecAccount.builder().id("x@example.com").put("skills", skills).build();

    skills.add("sql");

    assertThat(a.fields().get("skills")).isEqualTo(List.of("java"));
    assertThatThrownBy(() -> ((List<?>) a.fields().get("skills")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void roundTripsThroughJackson() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    OrtecAccount a =
        OrtecAccount.builder()
            .id("x@example.com")
            .firstName("Jo")
            .put("age", 30)
            .put("tags", List.of("a", "b"))
            .put("manager", Map.of("id", "m@example.com"))
            .build();

    OrtecAccount back = mapper.readValue(mapper.writeValueAsString(a), OrtecAccount.class);

    assertThat(back).isEqualTo(a);
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "action"})
  void rejectsReservedFieldNames(String name) {
    assertThatThrownBy(() -> OrtecAccount.builder().put(name, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("field name " + name + " is reserved");
    OrtecAccount read = OrtecAccount.builder().id("x").putField(name, "x").build();
    assertThat(read.fields()).containsEntry(name, "x");
    assertThatThrownBy(() -> AccountAction.upsert(read))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("field name " + name + " is reserved");
  }

  @Test
  void rejectsValuesThatAreNotJson() {
    OrtecAccount.Builder b = OrtecAccount.builder().id("x@example.com");

    assertThatThrownBy(() -> b.put("photo", new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "photo has unsupported type Object: use a String, Number, Boolean, List, Map,"
                + " JsonNode or java.time value");
    assertThatThrownBy(() -> b.put("manager", Map.of("team", List.of("core", new Object()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("manager.team[1] has unsupported type Object");
    assertThatThrownBy(() -> b.put("nick", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nick must not be null (put a NullNode to send a JSON null)");
    assertThatThrownBy(() -> b.put("groups", Map.of(1, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groups must have string keys");
    assertThatThrownBy(() -> b.put(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field name must not be blank");
  }

  @Test
  void requiresAnIdToBuildAndANonBlankOneToSend() {
    assertThatThrownBy(() -> OrtecAccount.builder().firstName("Jo").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
    OrtecAccount blank = OrtecAccount.builder().id(" ").build();
    assertThatThrownBy(() -> AccountAction.upsert(blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank");
    assertThatThrownBy(() -> OrtecAccount.builder().email("not-an-address"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("email must be an e-mail address");
  }

  @Test
  void actionsCarryTheAccountsIdAndFields() {
    OrtecAccount a = OrtecAccount.builder().id("x@example.com").function("dev").build();

    assertThat(AccountAction.insert(a).type()).isEqualTo(ActionType.INSERT);
    assertThat(AccountAction.update(a).fields()).isEqualTo(a.fields());
    assertThat(AccountAction.of(ActionType.UPSERT, a)).isEqualTo(AccountAction.upsert(a));
    assertThat(AccountAction.delete("x@example.com").fields()).isEmpty();
    assertThat(ActionType.UPSERT.retrySafe()).isTrue();
    assertThat(ActionType.INSERT.retrySafe()).isFalse();
  }

  @Test
  void readsWhatAStoreHoldsWithoutApplyingTheSendRules() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String stored =
        "{\"firstName\":\"x\",\"id\":\"\",\"action\":\"upsert\",\"endDate\":null,"
            + "\"n\":[1,12345678901,1.5,true,null,{\"k\":null}]}";

    OrtecAccount read = mapper.readValue(stored, OrtecAccount.class);

    assertThat(read.id()).isEmpty();
    assertThat(read.fields().keySet()).containsExactly("firstName", "action", "endDate", "n");
    assertThat(read.fields().get("endDate")).isEqualTo(NullNode.getInstance());
    assertThat(read.fields().get("n"))
        .isEqualTo(
            List.of(
                1,
                12345678901L,
                1.5,
                true,
                NullNode.getInstance(),
                Map.of("k", NullNode.getInstance())));
    assertThat(mapper.readValue("{}", OrtecAccount.class).id()).isEmpty();
    assertThatThrownBy(() -> AccountAction.update(read))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank");
  }
}
