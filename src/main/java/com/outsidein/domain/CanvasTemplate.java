package com.outsidein.domain;

import java.util.List;
import java.util.Map;

/** What a new canvas starts with: the Think / Plan / Do prompts, and manifesto suggestions. */
public final class CanvasTemplate {

  public static final Map<CanvasSection, List<String>> PROMPTS =
      Map.of(
          CanvasSection.THINK,
          List.of(
              "What do our customers think of us?",
              "Why do they think it?",
              "What does the data say?",
              "What opportunities exist?",
              "How do we compare to the competition?",
              "What are the gaps?",
              "What are the big ideas to close the gaps?"),
          CanvasSection.PLAN,
          List.of(
              "Are our objectives clear?",
              "How will we measure progress?",
              "What targets should we set?",
              "What do we do in the short term (3–6 months)?",
              "What do we do in the long term (3–5 years)?",
              "How much will it cost?",
              "Who leads what?"),
          CanvasSection.DO,
          List.of(
              "How will we inform and educate our people?",
              "How often will we meet?",
              "How will we report progress?",
              "How will we recognise good performance?",
              "Should we set up teams?",
              "What stories will we tell, and how?",
              "How will we make changes from here on?"));

  public static final List<String> MANIFESTO_SUGGESTIONS =
      List.of(
          "It's all about the customer",
          "Protect the business by protecting the customer",
          "Shift from adversary to advocate",
          "Keep creating value for the customer",
          "Celebrate customers at every opportunity",
          "Keep searching for higher performance for customers",
          "Love to say yes",
          "Be simple",
          "Give customers a platform for two-way conversation",
          "Break the rules that don't serve them",
          "Serve a purpose bigger than the deal");

  private CanvasTemplate() {}
}
