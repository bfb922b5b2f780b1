package com.outsidein.domain;

import java.util.List;
import java.util.Locale;

/** Someone on our side: an interviewer or an owner. */
public record TeamMember(long id, String name, String email) {

  /** The members whose name holds the typed text, ignoring case and surrounding spaces. */
  public static List<TeamMember> matching(List<TeamMember> team, String typed) {
    String wanted = typed.trim().toLowerCase(Locale.ROOT);
    return team.stream().filter(m -> m.name().toLowerCase(Locale.ROOT).contains(wanted)).toList();
  }
}
