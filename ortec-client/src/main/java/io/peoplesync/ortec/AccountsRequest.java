package io.peoplesync.ortec;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The body of one batch; the core adds {@code feed} and {@code apikey} next to the accounts. */
@Value.Immutable
@JsonSerialize(as = ImmutableAccountsRequest.class)
interface AccountsRequest {
  @JsonProperty("accounts")
  List<AccountAction> accounts();

  static AccountsRequest of(List<AccountAction> accounts) {
    return ImmutableAccountsRequest.builder().accounts(accounts).build();
  }
}
