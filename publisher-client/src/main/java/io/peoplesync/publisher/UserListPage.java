package io.peoplesync.publisher;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the user listing. Read from {@code {"users": {"user": [...]}}}, with a single {@code
 * user} object instead of an array, a bare {@code users} array, or XML's {@code
 * <users><user>…</user></users>}; an empty or missing list is an empty page.
 */
@JsonDeserialize(using = UserListPage.Reader.class)
final class UserListPage {
  private final List<UserSummary> users;

  UserListPage(List<UserSummary> users) {
    this.users = List.copyOf(users);
  }

  List<UserSummary> users() {
    return users;
  }

  static final class Reader extends StdDeserializer<UserListPage> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(UserListPage.class);
    }

    @Override
    public UserListPage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode list = Envelopes.content(ctxt.readTree(p), "users");
      JsonNode items = list.isArray() ? list : list.path("user");
      List<UserSummary> users = new ArrayList<>();
      if (items.isObject()) {
        users.add(Envelopes.readObject(ctxt, items, UserSummary.class));
      } else if (items.isArray()) {
        for (JsonNode item : items) {
          if (item.isObject()) {
            users.add(Envelopes.readObject(ctxt, item, UserSummary.class));
          }
        }
      }
      return new UserListPage(users);
    }
  }
}
