package com.outsidein.domain;

/** Someone on our side: an interviewer or an owner. */
public record TeamMember(long id, String name, String email) {}
