package com.outsidein.domain;

/** One value of a {@link Dimension}, such as the segment "SMB". */
public record DimensionValue(long id, Dimension dimension, String name, int sortOrder) {}
