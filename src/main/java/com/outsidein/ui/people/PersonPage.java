package com.outsidein.ui.people;

import com.outsidein.domain.Account;
import com.outsidein.domain.Consent;
import com.outsidein.domain.HistoryEvent;
import com.outsidein.domain.Person;
import com.outsidein.domain.PersonHistory;
import com.outsidein.ui.CommitOnLeave;
import com.outsidein.ui.ConsentText;
import com.outsidein.ui.DateField;
import com.outsidein.ui.Fit;
import com.outsidein.ui.Formats;
import com.outsidein.ui.Labels;
import com.outsidein.ui.Messages;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A person's page: their record and consent (changes to consent ask why, and are kept), and their
 * history across every study, newest first.
 */
final class PersonPage {

  private final PeopleViewModel model;
  private final Label heading = new Label();
  private final Label consentLine = new Label();
  private final TextField name = new TextField();
  private final TextField role = new TextField();
  private final TextField email = new TextField();
  private final ComboBox<Account> account = new ComboBox<>();
  private final DateField givenOn = new DateField();
  private final CheckBox notes = new CheckBox(Messages.get("consent.notes"));
  private final CheckBox quotes = new CheckBox(Messages.get("consent.quotes"));
  private final CheckBox recording = new CheckBox(Messages.get("consent.recording"));
  private final DateField withdrawnOn = new DateField();
  private final ListView<HistoryEvent> history = new ListView<>();
  private final VBox root;

  PersonPage(PeopleViewModel model) {
    this.model = model;
    heading.getStyleClass().add("title-3");
    consentLine.getStyleClass().add("text-muted");
    name.setId("person-name");
    email.setId("person-email");
    quotes.setId("person-consent-quotes");
    history.setId("person-history");
    CommitOnLeave.text(
        name,
        () -> current().map(Person::name).orElse(""),
        text -> edit(p -> with(p, text, p.role(), p.accountId(), p.email())));
    CommitOnLeave.text(
        role,
        () -> current().map(p -> nz(p.role())).orElse(""),
        text -> edit(p -> with(p, p.name(), text, p.accountId(), p.email())));
    CommitOnLeave.text(
        email,
        () -> current().map(p -> nz(p.email())).orElse(""),
        text ->
            edit(p -> with(p, p.name(), p.role(), p.accountId(), text.isBlank() ? null : text)));
    account.setItems(model.accounts());
    model
        .accounts()
        .addListener(
            (javafx.collections.ListChangeListener<Account>)
                change -> show(model.pageProperty().get()));
    account.setConverter(named());
    CommitOnLeave.onPick(
        account,
        picked ->
            edit(p -> with(p, p.name(), p.role(), picked == null ? null : picked.id(), p.email())));
    for (CheckBox box : new CheckBox[] {notes, quotes, recording}) {
      box.setOnAction(e -> changeConsent());
    }
    givenOn.setId("consent-given");
    givenOn.setOnCommit(date -> changeConsent());
    givenOn.setCheck(date -> consentOrderProblem(date, withdrawnOn.picker().getValue()));
    withdrawnOn.setId("consent-withdrawn");
    withdrawnOn.setOnCommit(date -> changeConsent());
    withdrawnOn.setCheck(date -> consentOrderProblem(givenOn.picker().getValue(), date));

    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(6);
    form.addRow(0, new Label(Messages.get("people.name")), name);
    form.addRow(1, new Label(Messages.get("people.role")), role);
    form.addRow(2, new Label(Messages.get("people.account")), account);
    form.addRow(3, new Label(Messages.get("people.email")), email);
    form.addRow(4, new Label(Messages.get("people.consentGiven")), givenOn.node());
    form.addRow(
        5, new Label(Messages.get("people.consentCovers")), new HBox(12, notes, quotes, recording));
    form.addRow(6, new Label(Messages.get("people.consentWithdrawn")), withdrawnOn.node());
    GridPane.setHgrow(name, Priority.ALWAYS);

    history.setCellFactory(
        list ->
            new ListCell<>() {
              {
                Fit.wrapping(this);
              }

              @Override
              protected void updateItem(HistoryEvent event, boolean empty) {
                super.updateItem(event, empty);
                if (empty || event == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                String when = event.date() == null ? "—" : Formats.date(event.date());
                String where = event.study() == null ? "" : " · " + event.study();
                setText(
                    when
                        + where
                        + "\n"
                        + event.title()
                        + (event.detail() == null || event.detail().isBlank()
                            ? ""
                            : "  (" + event.detail() + ")"));
                setGraphic(
                    new FontIcon(
                        switch (event.type()) {
                          case INTERVIEW -> Feather.MIC;
                          case OBSERVATION -> Feather.EYE;
                          case CONSENT -> Feather.SHIELD;
                        }));
              }
            });
    VBox.setVgrow(history, Priority.ALWAYS);
    root =
        new VBox(
            10, heading, consentLine, form, new Label(Messages.get("people.history")), history);
    root.setPadding(new Insets(12));
    root.getStyleClass().add("detail-pane");
    root.disableProperty().bind(model.pageProperty().isNull());
    model.pageProperty().addListener((obs, old, page) -> show(page));
    show(null);
  }

  Node node() {
    return root;
  }

  private Optional<Person> current() {
    return Optional.ofNullable(model.pageProperty().get()).map(PersonHistory::person);
  }

  /** Fills the fields; their handlers save only what the person changes, so this saves nothing. */
  private void show(PersonHistory page) {
    Person p = page == null ? null : page.person();
    heading.setText(p == null ? "" : p.name());
    consentLine.setText(p == null ? "" : ConsentText.of(p.consent()));
    name.setText(p == null ? "" : p.name());
    role.setText(p == null ? "" : nz(p.role()));
    email.setText(p == null ? "" : nz(p.email()));
    account.setValue(
        p == null
            ? null
            : model.accounts().stream()
                .filter(a -> Objects.equals(a.id(), p.accountId()))
                .findFirst()
                .orElse(null));
    Consent c = p == null ? Consent.NONE : p.consent();
    givenOn.show(c.givenOn());
    notes.setSelected(c.notes());
    quotes.setSelected(c.quotes());
    recording.setSelected(c.recording());
    withdrawnOn.show(c.withdrawnOn());
    history.getItems().setAll(page == null ? java.util.List.of() : page.events());
  }

  private static String consentOrderProblem(LocalDate given, LocalDate withdrawn) {
    return given != null && withdrawn != null && withdrawn.isBefore(given)
        ? Messages.get("date.withdrawnBeforeGiven", Formats.date(withdrawn), Formats.date(given))
        : null;
  }

  /** Consent changes ask why; the answer is kept in the consent history. */
  private void changeConsent() {
    current()
        .ifPresent(
            p -> {
              Consent changed =
                  new Consent(
                      givenOn.picker().getValue(),
                      notes.isSelected(),
                      quotes.isSelected(),
                      recording.isSelected(),
                      withdrawnOn.picker().getValue());
              if (changed.equals(p.consent())) {
                return;
              }
              TextInputDialog ask =
                  new TextInputDialog(
                      Messages.get("people.consentReasonDefault", Formats.date(LocalDate.now())));
              ask.initOwner(root.getScene().getWindow());
              ask.setTitle(Messages.get("people.consentReasonTitle"));
              ask.setHeaderText(Messages.get("people.consentReasonHeader", p.name()));
              Optional<String> reason = ask.showAndWait();
              if (reason.isPresent()) {
                model.update(
                    new Person(p.id(), p.name(), p.role(), p.accountId(), p.email(), changed),
                    reason.get());
              } else {
                show(model.pageProperty().get());
              }
            });
  }

  private void edit(UnaryOperator<Person> change) {
    current()
        .ifPresent(
            p -> {
              Person after = change.apply(p);
              if (!after.equals(p)) {
                model.update(after, null);
              }
            });
  }

  private static Person with(Person p, String name, String role, Long accountId, String email) {
    return new Person(p.id(), name, role, accountId, email, p.consent());
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }

  private static StringConverter<Account> named() {
    return Labels.converter((Account a) -> a == null ? "" : a.name());
  }
}
