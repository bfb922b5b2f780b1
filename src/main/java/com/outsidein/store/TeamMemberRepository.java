package com.outsidein.store;

import static com.outsidein.store.generated.Tables.TEAM_MEMBER;

import com.outsidein.domain.TeamMember;
import com.outsidein.store.generated.tables.records.TeamMemberRecord;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class TeamMemberRepository {

  private final DSLContext ctx;

  TeamMemberRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public List<TeamMember> all() {
    return ctx.selectFrom(TEAM_MEMBER)
        .orderBy(TEAM_MEMBER.NAME)
        .fetch(TeamMemberRepository::toDomain);
  }

  public Optional<TeamMember> byId(long id) {
    return ctx.selectFrom(TEAM_MEMBER)
        .where(TEAM_MEMBER.ID.eq(id))
        .fetchOptional(TeamMemberRepository::toDomain);
  }

  /** Finds a member by name, ignoring case and surrounding spaces. */
  public Optional<TeamMember> findByName(String name) {
    return ctx.selectFrom(TEAM_MEMBER)
        .where(DSL.lower(TEAM_MEMBER.NAME).eq(name.trim().toLowerCase(Locale.ROOT)))
        .fetchOptional(TeamMemberRepository::toDomain);
  }

  public TeamMember insert(TeamMember member) {
    TeamMemberRecord record = ctx.newRecord(TEAM_MEMBER);
    if (member.id() > 0) {
      record.setId(member.id());
    }
    record.setName(member.name().trim());
    record.setEmail(Text.blankToNull(member.email()));
    record.store();
    return toDomain(record);
  }

  static TeamMember toDomain(TeamMemberRecord r) {
    return new TeamMember(r.getId(), r.getName(), r.getEmail());
  }
}
