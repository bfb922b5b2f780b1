package com.outsidein.domain;

import java.time.OffsetDateTime;

/** An account's lifecycle stage changing from one value to another (either may be none). */
public record StageChange(
    long id, long accountId, Long fromStageId, Long toStageId, OffsetDateTime changedAt) {}
