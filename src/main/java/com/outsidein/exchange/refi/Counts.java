package com.outsidein.exchange.refi;

/** What an export has written so far, counted as it goes. */
final class Counts {
  int users;
  int codes;
  int cases;
  int sources;
  int selections;
  int codings;
  int notes;
}
