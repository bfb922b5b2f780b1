package com.outsidein.domain;

/**
 * A code with the number of observations coded with it, and with it or any code below it (an
 * observation coded at a code and one of its subcodes counts once).
 */
public record CodeUsage(Code code, int observations, int withSubcodes) {}
