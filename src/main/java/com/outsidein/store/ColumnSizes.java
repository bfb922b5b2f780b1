package com.outsidein.store;

import static com.outsidein.store.generated.Tables.ACCOUNT;
import static com.outsidein.store.generated.Tables.PERSON;
import static com.outsidein.store.generated.Tables.STUDY;

/**
 * The most characters some columns hold, read from the schema the migrations made, so services
 * refuse a longer value with a clear message before the database fails on it (and quotes it).
 */
public final class ColumnSizes {

  public static final int STUDY_TITLE = STUDY.TITLE.getDataType().length();
  public static final int STUDY_METHOD = STUDY.METHOD.getDataType().length();
  public static final int STUDY_QUESTIONS = STUDY.RESEARCH_QUESTIONS.getDataType().length();
  public static final int ACCOUNT_NAME = ACCOUNT.NAME.getDataType().length();
  public static final int PERSON_NAME = PERSON.NAME.getDataType().length();
  public static final int PERSON_ROLE = PERSON.ROLE.getDataType().length();

  /** The email's lower-cased key is kept too, and lower-casing can make it longer. */
  public static final int PERSON_EMAIL =
      Math.min(PERSON.EMAIL.getDataType().length(), PERSON.EMAIL_KEY.getDataType().length());

  private ColumnSizes() {}
}
