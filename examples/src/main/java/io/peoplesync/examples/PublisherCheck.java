package io.peoplesync.examples;

import io.peoplesync.core.MediaFormat;
import io.peoplesync.provisioning.Target;
import io.peoplesync.provisioning.Targets;
import io.peoplesync.publisher.PublisherClient;
import io.peoplesync.publisher.PublisherUser;
import io.peoplesync.publisher.UserListQuery;
import io.peoplesync.publisher.UserStatus;
import io.peoplesync.testkit.publisher.FakePublisher;
import java.util.ArrayList;
import java.util.List;

/** HighQ Publisher, spoken in XML: updates are full replaces; leavers are archived. */
final class PublisherCheck implements VendorCheck {
  private final FakePublisher fake = new FakePublisher();
  private final PublisherClient client;

  PublisherCheck() {
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
  public Target target() {
    return Targets.publisher(client);
  }

  @Override
  public List<String> verify(List<HrRow> rows) {
    List<String> problems = new ArrayList<>();
    for (HrRow e : rows) {
      PublisherUser u = client.users().get(e.email);
      if (!u.jobTitle().orElse("").equals(e.newJobTitle)
          || !u.department().orElse("").equals(e.newDepartment)) {
        problems.add(e + ": job " + u.jobTitle().orElse("-") + " / " + u.department().orElse("-"));
      }
      if (!u.externalId().orElse("").equals(e.id)) {
        problems.add(e + ": externalid " + u.externalId().orElse("-"));
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
        client
            .users()
            .list(UserListQuery.builder().status(UserStatus.ARCHIVED).limit(5).build())
            .stream()
            .count();
    return all + " users listed over pages of 5, " + archived + " archived (XML on the wire)";
  }

  @Override
  public void close() {
    fake.close();
  }
}
