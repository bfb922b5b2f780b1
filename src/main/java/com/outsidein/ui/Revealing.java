package com.outsidein.ui;

/** A screen that can bring one of its items into view and select it, by id. */
public interface Revealing {

  void reveal(long id);
}
