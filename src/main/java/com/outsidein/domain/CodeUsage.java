package com.outsidein.domain;

/** A code with the number of observations coded with it. */
public record CodeUsage(Code code, int observations) {}
