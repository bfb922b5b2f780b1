package com.outsidein.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the SQL statements some work runs inside a transaction, through a jOOQ execute listener,
 * so a test can hold a use case to a number of statements per row instead of timing it.
 */
public final class StatementCounter implements ExecuteListener {

  private final List<String> statements = new ArrayList<>();

  private StatementCounter() {}

  /** Runs the work on a view of the transaction that counts its statements; returns the SQL run. */
  public static List<String> statementsOf(Tx tx, Consumer<Tx> work) {
    StatementCounter counter = new StatementCounter();
    work.accept(new Tx(tx.ctx().configuration().deriveAppending(counter).dsl()));
    return List.copyOf(counter.statements);
  }

  @Override
  public void executeStart(ExecuteContext ctx) {
    statements.add(ctx.sql());
  }
}
