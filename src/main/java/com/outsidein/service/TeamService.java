package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.EmailAddress;
import com.outsidein.domain.TeamMember;
import com.outsidein.service.WorkspaceEvents.Topic;
import java.util.List;

/** The people on our side, picked by name and added on the fly. */
public final class TeamService {

  private final Writes writes;

  TeamService(Writes writes) {
    this.writes = writes;
  }

  public List<TeamMember> all() {
    return writes.read(tx -> tx.teamMembers().all());
  }

  /** The member with this name (ignoring case), added when there is none yet. */
  public TeamMember findOrCreate(String name, String email) {
    String trimmed = Require.text(name, ServiceText.get("field.teamMember"));
    if (email != null && !email.isBlank() && !EmailAddress.isValid(email)) {
      throw new BadInputException(ServiceText.get("field.email"), EmailAddress.problem(email));
    }
    return writes.change(
        Topic.TEAM,
        tx ->
            tx.teamMembers()
                .findByName(trimmed)
                .orElseGet(() -> tx.teamMembers().insert(new TeamMember(0, trimmed, email))));
  }
}
