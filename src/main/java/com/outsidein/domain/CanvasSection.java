package com.outsidein.domain;

public enum CanvasSection {
  THINK,
  PLAN,
  DO
}
