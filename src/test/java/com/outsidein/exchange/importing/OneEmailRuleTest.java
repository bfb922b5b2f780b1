package com.outsidein.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Consent;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.Person;
import com.outsidein.domain.Problem;
import com.outsidein.service.WorkspaceSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The person editor, the people import and the observation import judge an email alike. */
class OneEmailRuleTest {

  @TempDir Path folder;
  private WorkspaceSession session;

  @BeforeEach
  void open() {
    session = WorkspaceSession.create(folder.resolve("ws"));
  }

  @AfterEach
  void close() {
    session.close();
  }

  private Path csv(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@b@c", "@example.com", "anna@", "anna@exa mple.com"})
  void anAddressTheEditorRefusesIsRefusedByBothImports(String email) throws Exception {
    String expected = "\"" + email + "\" is not an email address";

    BadInputException editor =
        catchThrowableOfType(
            () ->
                session
                    .people()
                    .createPerson(new Person(0, "Anna", null, null, email, Consent.NONE)),
            BadInputException.class);
    BadInputException people =
        catchThrowableOfType(
            () -> new PeopleFileReader().read(csv("people.csv", "name,email\nAnna," + email), "s"),
            BadInputException.class);
    BadInputException observations =
        catchThrowableOfType(
            () ->
                new ObservationFileReader()
                    .read(
                        csv("obs.csv", "observation,participant_email\nText," + email),
                        "s",
                        ImportProgress.NONE),
            BadInputException.class);

    assertThat(editor.problems()).extracting(Problem::what).containsExactly(expected);
    assertThat(people.problems()).extracting(Problem::what).containsExactly(expected);
    assertThat(observations.problems()).extracting(Problem::what).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@b@c", "x y@z"})
  void aTeamMembersAddressFollowsTheSameRule(String email) {
    BadInputException bad =
        catchThrowableOfType(
            () -> session.team().findOrCreate("Kim", email), BadInputException.class);

    assertThat(bad.problems())
        .extracting(Problem::what)
        .containsExactly("\"" + email + "\" is not an email address");
  }
}
