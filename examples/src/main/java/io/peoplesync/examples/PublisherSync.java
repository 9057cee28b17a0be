package io.peoplesync.examples;

import io.peoplesync.core.MediaFormat;
import io.peoplesync.publisher.PersonName;
import io.peoplesync.publisher.PublisherClient;
import io.peoplesync.publisher.PublisherUser;
import io.peoplesync.publisher.UserListQuery;
import io.peoplesync.publisher.UserStatus;
import io.peoplesync.testkit.publisher.FakePublisher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** HighQ Publisher, spoken in XML: updates are full replaces; leavers are archived. */
final class PublisherSync implements VendorSync {
  private final FakePublisher fake = new FakePublisher();
  private final PublisherClient client;
  private final Map<String, String> publisherIds = new LinkedHashMap<>();

  PublisherSync() {
    fake.start();
    client =
        PublisherClient.builder()
            .baseUri(fake.baseUri())
            .bearerToken(fake.token())
            .format(MediaFormat.XML)
            .build();
  }

  @Override
  public String vendor() {
    return "Publisher";
  }

  @Override
  public void hire(List<Employee> employees) {
    for (Employee e : employees) {
      PublisherUser user =
          PublisherUser.builder()
              .name(PersonName.builder().firstName(e.firstName).lastName(e.lastName).build())
              .externalId(e.id)
              .email(e.email)
              .jobTitle(e.jobTitle)
              .department(e.department)
              .status(UserStatus.ACTIVE)
              .build();
      publisherIds.put(e.id, client.users().add(user).id().orElseThrow());
    }
  }

  @Override
  public void change(List<Employee> employees) {
    for (Employee e : employees) {
      String id = publisherIds.get(e.id);
      PublisherUser current = client.users().get(id);
      client
          .users()
          .update(
              id,
              PublisherUser.builder()
                  .from(current)
                  .jobTitle(e.newJobTitle)
                  .department(e.newDepartment)
                  .build());
    }
  }

  @Override
  public void leave(List<Employee> leavers) {
    for (Employee e : leavers) {
      client.users().archive(publisherIds.get(e.id));
    }
  }

  @Override
  public List<String> verify(List<Employee> employees) {
    List<String> problems = new ArrayList<>();
    for (Employee e : employees) {
      PublisherUser u = client.users().get(publisherIds.get(e.id));
      if (!u.jobTitle().orElse("").equals(e.newJobTitle)
          || !u.department().orElse("").equals(e.newDepartment)) {
        problems.add(e + ": job " + u.jobTitle().orElse("-") + " / " + u.department().orElse("-"));
      }
      boolean archived = u.status().filter(s -> s == UserStatus.ARCHIVED).isPresent();
      if (archived != e.leaves) {
        problems.add(e + ": status " + u.statusText().orElse("-"));
      }
    }
    return problems;
  }

  @Override
  public String summary() {
    long all = client.users().list(UserListQuery.builder().limit(5).build()).stream().count();
    long archived =
        fake.users().stream()
            .filter(u -> u.path("status").asText().toLowerCase(Locale.ROOT).startsWith("archive"))
            .count();
    return all + " users listed over pages of 5, " + archived + " archived (XML on the wire)";
  }

  @Override
  public void close() {
    fake.close();
  }
}
