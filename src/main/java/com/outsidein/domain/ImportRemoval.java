package com.outsidein.domain;

/**
 * What removing an import took away: its observations, the interviews, people, accounts and codes
 * it had created that nothing else referred to any more.
 */
public record ImportRemoval(
    ImportBatch batch, int observations, int interviews, int people, int accounts, int codes) {}
