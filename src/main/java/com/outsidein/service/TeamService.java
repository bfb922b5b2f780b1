package com.outsidein.service;

import com.outsidein.domain.TeamMember;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Workspace;
import java.util.List;

/** The people on our side, picked by name and added on the fly. */
public final class TeamService {

  private final Workspace workspace;
  private final WorkspaceEvents events;

  TeamService(Workspace workspace, WorkspaceEvents events) {
    this.workspace = workspace;
    this.events = events;
  }

  public List<TeamMember> all() {
    return workspace.read(tx -> tx.teamMembers().all());
  }

  /** The member with this name (ignoring case), created when there is none yet. */
  public TeamMember findOrCreate(String name, String email) {
    String trimmed = Require.text(name, "Team member");
    FoundOrCreated<TeamMember> member =
        workspace.write(
            tx ->
                tx.teamMembers()
                    .findByName(trimmed)
                    .map(FoundOrCreated::found)
                    .orElseGet(
                        () ->
                            FoundOrCreated.created(
                                tx.teamMembers().insert(new TeamMember(0, trimmed, email)))));
    if (member.created()) {
      events.changed(Topic.TEAM);
    }
    return member.value();
  }
}
