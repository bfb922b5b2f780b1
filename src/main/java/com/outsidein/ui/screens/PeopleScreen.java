package com.outsidein.ui.screens;

import com.outsidein.domain.AccountSummary;
import com.outsidein.domain.PersonSummary;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.ConsentText;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Screen;
import com.outsidein.ui.Tables;
import com.outsidein.ui.task.BackgroundTasks;
import java.math.BigDecimal;
import java.text.NumberFormat;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;

/** People (one record per human, with consent) and accounts, on two tabs. */
public final class PeopleScreen implements Screen {

  private final ListViewModel<PersonSummary> people;
  private final ListViewModel<AccountSummary> accounts;
  private final TabPane root;

  public PeopleScreen(BackgroundTasks tasks) {
    people = new ListViewModel<>(tasks, session -> session.people().summaries());
    accounts = new ListViewModel<>(tasks, session -> session.people().accountSummaries());

    TableView<PersonSummary> peopleTable = Tables.table(Messages.get("people.empty"));
    peopleTable.setId("people-table");
    peopleTable.setItems(people.items());
    peopleTable
        .getColumns()
        .add(Tables.text(Messages.get("people.name"), p -> p.person().name(), 170));
    peopleTable
        .getColumns()
        .add(Tables.text(Messages.get("people.role"), p -> p.person().role(), 150));
    peopleTable
        .getColumns()
        .add(Tables.text(Messages.get("people.account"), PersonSummary::account, 170));
    peopleTable
        .getColumns()
        .add(Tables.text(Messages.get("people.segment"), PersonSummary::segment, 130));
    peopleTable
        .getColumns()
        .add(Tables.text(Messages.get("people.email"), p -> p.person().email(), 220));
    peopleTable
        .getColumns()
        .add(
            Tables.text(
                Messages.get("people.consent"), p -> ConsentText.of(p.person().consent()), 240));
    peopleTable
        .getColumns()
        .add(Tables.number(Messages.get("people.interviews"), PersonSummary::interviews, 90));
    peopleTable
        .getColumns()
        .add(Tables.number(Messages.get("people.observations"), PersonSummary::observations, 100));

    TableView<AccountSummary> accountTable = Tables.table(Messages.get("accounts.empty"));
    accountTable.setId("accounts-table");
    accountTable.setItems(accounts.items());
    accountTable
        .getColumns()
        .add(Tables.text(Messages.get("accounts.name"), a -> a.account().name(), 190));
    accountTable
        .getColumns()
        .add(Tables.text(Messages.get("accounts.segment"), AccountSummary::segment, 130));
    accountTable
        .getColumns()
        .add(Tables.text(Messages.get("accounts.lane"), AccountSummary::lane, 100));
    accountTable
        .getColumns()
        .add(Tables.text(Messages.get("accounts.touchModel"), AccountSummary::touchModel, 110));
    accountTable
        .getColumns()
        .add(Tables.text(Messages.get("accounts.lifecycle"), AccountSummary::lifecycleStage, 110));
    accountTable
        .getColumns()
        .add(Tables.text(Messages.get("accounts.region"), a -> a.account().region(), 110));
    accountTable
        .getColumns()
        .add(Tables.text(Messages.get("accounts.vertical"), a -> a.account().vertical(), 150));
    accountTable
        .getColumns()
        .add(
            Tables.text(
                Messages.get("accounts.annualValue"), a -> money(a.account().annualValue()), 110));
    accountTable
        .getColumns()
        .add(Tables.number(Messages.get("accounts.people"), AccountSummary::people, 80));

    Tab peopleTab = new Tab(Messages.get("people.tab"), peopleTable);
    Tab accountsTab = new Tab(Messages.get("accounts.tab"), accountTable);
    root = new TabPane(peopleTab, accountsTab);
    root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
  }

  private static String money(BigDecimal value) {
    return value == null ? "" : NumberFormat.getIntegerInstance().format(value);
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void reload(WorkspaceSession session) {
    people.load(session);
    accounts.load(session);
  }
}
