package com.outsidein.store;

import static com.outsidein.store.generated.Tables.ACCOUNT;
import static com.outsidein.store.generated.Tables.ACCOUNT_STAGE_CHANGE;
import static com.outsidein.store.generated.Tables.DIMENSION_VALUE;
import static com.outsidein.store.generated.Tables.PERSON;

import com.outsidein.domain.Account;
import com.outsidein.domain.AccountSummary;
import com.outsidein.domain.StageChange;
import com.outsidein.store.generated.tables.DimensionValue;
import com.outsidein.store.generated.tables.records.AccountRecord;
import com.outsidein.store.generated.tables.records.AccountStageChangeRecord;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class AccountRepository {

  private final DSLContext ctx;

  AccountRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public List<Account> all() {
    return ctx.selectFrom(ACCOUNT).orderBy(ACCOUNT.NAME).fetch(AccountRepository::toDomain);
  }

  /** Every account with its dimension names and how many people it has. */
  public List<AccountSummary> summaries() {
    DimensionValue segment = DIMENSION_VALUE.as("segment");
    DimensionValue lane = DIMENSION_VALUE.as("lane");
    DimensionValue touch = DIMENSION_VALUE.as("touch");
    DimensionValue stage = DIMENSION_VALUE.as("stage");
    Field<Integer> people =
        DSL.field(DSL.selectCount().from(PERSON).where(PERSON.ACCOUNT_ID.eq(ACCOUNT.ID)));
    return ctx.select(ACCOUNT.asterisk(), segment.NAME, lane.NAME, touch.NAME, stage.NAME, people)
        .from(ACCOUNT)
        .leftJoin(segment)
        .on(segment.ID.eq(ACCOUNT.SEGMENT_ID))
        .leftJoin(lane)
        .on(lane.ID.eq(ACCOUNT.LANE_ID))
        .leftJoin(touch)
        .on(touch.ID.eq(ACCOUNT.TOUCH_MODEL_ID))
        .leftJoin(stage)
        .on(stage.ID.eq(ACCOUNT.LIFECYCLE_STAGE_ID))
        .orderBy(ACCOUNT.NAME)
        .fetch(
            r ->
                new AccountSummary(
                    toDomain(r.into(ACCOUNT)),
                    r.get(segment.NAME),
                    r.get(lane.NAME),
                    r.get(touch.NAME),
                    r.get(stage.NAME),
                    r.get(people)));
  }

  public Optional<Account> byId(long id) {
    return ctx.selectFrom(ACCOUNT)
        .where(ACCOUNT.ID.eq(id))
        .fetchOptional(AccountRepository::toDomain);
  }

  /** Finds an account by name, ignoring case and surrounding spaces. */
  public Optional<Account> findByName(String name) {
    return ctx.selectFrom(ACCOUNT)
        .where(DSL.lower(ACCOUNT.NAME).eq(name.trim().toLowerCase(Locale.ROOT)))
        .fetchOptional(AccountRepository::toDomain);
  }

  public Account insert(Account account) {
    AccountRecord record = ctx.newRecord(ACCOUNT);
    if (account.id() > 0) {
      record.setId(account.id());
    }
    fill(record, account);
    record.store();
    return toDomain(record);
  }

  public void update(Account account) {
    AccountRecord record = ctx.fetchSingle(ACCOUNT, ACCOUNT.ID.eq(account.id()));
    fill(record, account);
    record.setUpdatedAt(java.time.OffsetDateTime.now());
    record.store();
  }

  public void delete(long id) {
    ctx.deleteFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).execute();
  }

  /** The account's lifecycle-stage changes, oldest first. */
  public List<StageChange> stageChanges(long accountId) {
    return ctx.selectFrom(ACCOUNT_STAGE_CHANGE)
        .where(ACCOUNT_STAGE_CHANGE.ACCOUNT_ID.eq(accountId))
        .orderBy(ACCOUNT_STAGE_CHANGE.CHANGED_AT, ACCOUNT_STAGE_CHANGE.ID)
        .fetch(AccountRepository::toDomain);
  }

  public StageChange insertStageChange(StageChange change) {
    AccountStageChangeRecord record = ctx.newRecord(ACCOUNT_STAGE_CHANGE);
    if (change.id() > 0) {
      record.setId(change.id());
    }
    record.setAccountId(change.accountId());
    record.setFromStageId(change.fromStageId());
    record.setToStageId(change.toStageId());
    record.setChangedAt(change.changedAt());
    record.store();
    return toDomain(record);
  }

  public void deleteStageChange(long id) {
    ctx.deleteFrom(ACCOUNT_STAGE_CHANGE).where(ACCOUNT_STAGE_CHANGE.ID.eq(id)).execute();
  }

  private static StageChange toDomain(AccountStageChangeRecord r) {
    return new StageChange(
        r.getId(), r.getAccountId(), r.getFromStageId(), r.getToStageId(), r.getChangedAt());
  }

  private static void fill(AccountRecord record, Account account) {
    record.setName(account.name().trim());
    record.setSegmentId(account.segmentId());
    record.setLaneId(account.laneId());
    record.setTouchModelId(account.touchModelId());
    record.setLifecycleStageId(account.lifecycleStageId());
    record.setRegion(Text.blankToNull(account.region()));
    record.setVertical(Text.blankToNull(account.vertical()));
    record.setAnnualValue(account.annualValue());
  }

  static Account toDomain(AccountRecord r) {
    return new Account(
        r.getId(),
        r.getName(),
        r.getSegmentId(),
        r.getLaneId(),
        r.getTouchModelId(),
        r.getLifecycleStageId(),
        r.getRegion(),
        r.getVertical(),
        r.getAnnualValue());
  }
}
