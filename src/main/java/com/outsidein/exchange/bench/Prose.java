package com.outsidein.exchange.bench;

import java.util.Random;

/**
 * Made-up interview prose with the word frequencies of real speech: a few words very common, most
 * rare (Zipf's law), plus numbers and one-off names, so an index and a search see realistic work.
 */
final class Prose {

  private static final String[] VOCABULARY =
      ("the and to of a i we it that in is for they you on with was this but have be not are at"
              + " so just our what do all if can when there about it's one like out up get them"
              + " would then because time know think really day people go more no work job jobs"
              + " team use app system setup board dispatch schedule customer customers technician"
              + " technicians office phone call calls week weeks month invoice invoices price"
              + " pricing support ticket tickets route routes van vans truck depot site visit"
              + " report reports data paper spreadsheet excel email emails text message manager"
              + " owner dispatcher driver drivers crew crews morning evening weekend weekends"
              + " monday friday plan planning travel arrival late early delay delays traffic"
              + " parts stock warehouse order orders quote quotes contract renewal trial demo"
              + " onboarding training login password sync offline signal map maps gps location"
              + " photo photos signature form forms checklist note notes history record records"
              + " account accounts partner partners integration accounting payroll hours overtime"
              + " cost costs budget value saving savings minutes hour hours faster slower easy hard"
              + " simple confusing clear broken bug crash slow quick reliable trust trusted"
              + " always never sometimes usually often rarely still already again twice every"
              + " first last next before after during while until since whole half most some"
              + " many few less least better worse best worst good bad great terrible fine okay"
              + " happy unhappy frustrated annoyed pleased surprised worried sure unsure honest"
              + " said says say told tell asked ask showed show looked look found find tried try"
              + " wanted want needed need used using made make took take gave give kept keep"
              + " moved move changed change fixed fix lost lose missed miss started start stopped"
              + " stop called wrote write read typed type printed print checked check booked book"
              + " weather rain snow heat boiler heating cooling pump pumps filter filters valve"
              + " meter meters install installs installation repair repairs service servicing"
              + " maintenance inspection inspections emergency urgent priority backlog queue"
              + " region north south east west city council school hospital warehouse fleet"
              + " fleets vehicle vehicles fuel mileage tyre tyres garage yard gate keys access"
              + " customer's neighbour landlord tenant resident residents building buildings"
              + " floor roof basement kitchen bathroom unit units flat flats street address"
              + " postcode code codes number numbers list lists column columns screen screens"
              + " button buttons menu settings report dashboard chart export import upload"
              + " download file files folder backup copy paste print printer tablet laptop"
              + " desktop browser update updates version release feature features request"
              + " feedback complaint complaints praise review reviews rating survey interview")
          .split(" ");

  private static final String[] SYLLABLES =
      "bra ker lin do sa vel mon tri ga zu pel ron ka fi nor sel ta bu mi rek".split(" ");

  private final Random random;
  private final double[] cumulative;

  Prose(long seed) {
    this.random = new Random(seed);
    this.cumulative = new double[VOCABULARY.length];
    double sum = 0;
    for (int rank = 0; rank < VOCABULARY.length; rank++) {
      sum += 1.0 / Math.pow(rank + 1, 1.07);
      cumulative[rank] = sum;
    }
    for (int rank = 0; rank < cumulative.length; rank++) {
      cumulative[rank] /= sum;
    }
  }

  static int vocabularySize() {
    return VOCABULARY.length;
  }

  static String wordOfRank(int rank) {
    return VOCABULARY[Math.min(rank, VOCABULARY.length - 1)];
  }

  Random random() {
    return random;
  }

  String word() {
    double roll = random.nextDouble();
    if (roll < 0.015) {
      return Integer.toString(random.nextInt(500));
    }
    if (roll < 0.02) {
      return coined();
    }
    int rank = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
    return VOCABULARY[rank < 0 ? Math.min(-rank - 1, VOCABULARY.length - 1) : rank];
  }

  /** A made-up name, as rare as a person's or a street's in real notes. */
  String coined() {
    StringBuilder name = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return name.toString();
  }

  String sentence(int minWords, int maxWords) {
    int words = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = word();
      if (i == 0) {
        text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      } else {
        text.append(random.nextInt(12) == 0 ? ", " : " ").append(word);
      }
    }
    return text.append('.').toString();
  }

  String paragraph(int sentences) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(sentence(6, 18));
    }
    return text.toString();
  }
}
